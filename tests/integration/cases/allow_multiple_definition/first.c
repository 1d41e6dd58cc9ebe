int value = 1;
__attribute__((weak)) int weak_then_strong = 10;
const char *table[] = {"first0", "first1"};
const char *who(void) { return "first"; }
