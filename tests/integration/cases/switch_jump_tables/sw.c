int classify(int x)
{
    switch (x) {
    case 0: return 17; case 1: return 4; case 2: return 99; case 3: return -5;
    case 4: return 12; case 5: return 7; case 6: return 1000; case 7: return 3;
    case 8: return 55; case 9: return 8; case 10: return -77; case 11: return 6;
    case 12: return 31; case 13: return 14; case 14: return 2; case 15: return 88;
    case 16: return 41; case 17: return 19; case 18: return 23; case 19: return 29;
    case 20: return 0; case 21: return -1; case 22: return 64; case 23: return 128;
    default: return -999;
    }
}
const char *name_of(unsigned x)
{
    switch (x) {
    case 100: return "hundred"; case 101: return "h+1"; case 102: return "h+2";
    case 103: return "h+3"; case 104: return "h+4"; case 105: return "h+5";
    case 106: return "h+6"; case 107: return "h+7"; case 108: return "h+8";
    case 110: return "h+10"; case 112: return "h+12"; case 115: return "h+15";
    default: return "other";
    }
}
long state_machine(const char *s)
{
    long acc = 0; int st = 0;
    for (; *s; s++) {
        switch (st * 4 + (*s & 3)) {
        case 0: acc += 1; st = 1; break;  case 1: acc *= 2; st = 2; break;
        case 2: acc -= 3; st = 3; break;  case 3: acc ^= 5; st = 0; break;
        case 4: acc += 7; st = 2; break;  case 5: acc *= 3; st = 3; break;
        case 6: acc += 11; st = 0; break; case 7: acc -= 13; st = 1; break;
        case 8: acc ^= 17; st = 3; break; case 9: acc += 19; st = 0; break;
        case 10: acc *= 5; st = 1; break; case 11: acc += 23; st = 2; break;
        case 12: acc -= 29; st = 0; break; case 13: acc += 31; st = 1; break;
        case 14: acc ^= 37; st = 2; break; case 15: acc *= 7; st = 3; break;
        }
    }
    return acc;
}
