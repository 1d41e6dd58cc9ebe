int noso_value(void) { return 40; }
