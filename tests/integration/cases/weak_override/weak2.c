/* A second weak definition of who_b: the first weak one in link order wins. */
__attribute__((weak)) const char *who_b(void) { return "second weak who_b"; }
