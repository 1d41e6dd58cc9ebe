int shlib(void) { return 5; }
