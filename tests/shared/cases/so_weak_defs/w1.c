__attribute__((weak)) const char *pick(void) { return "libw1 (weak)"; }
