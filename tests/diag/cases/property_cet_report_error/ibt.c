int f_ibt(void) { return 1; }
