int f_none(void) { return 0; }
