int two_extra(void) { return 20; }
