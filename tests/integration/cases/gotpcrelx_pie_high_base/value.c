int shared_value = 40;
int bump(int x) { return x + 2; }
