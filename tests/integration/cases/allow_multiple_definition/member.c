int value = 4;
const char *who(void) { return "member"; }
int member_only(void) { return value * 100; }
