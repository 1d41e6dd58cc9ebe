int value = 2;
int weak_then_strong = 20;
const char *table[] = {"second0", "second1", "second2"};
__attribute__((noinline, noipa)) const char *who(void) { return "second"; }
const char *who_via_second(void) { return who(); }
