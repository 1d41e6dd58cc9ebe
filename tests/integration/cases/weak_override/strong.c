int overridden_var = 41;
const char *who_a(void) { return "strong who_a"; }
