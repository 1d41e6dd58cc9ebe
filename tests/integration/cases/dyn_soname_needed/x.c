int x_value(void) { return 2; }
