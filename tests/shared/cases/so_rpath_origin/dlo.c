int dlo_value(void) { return 4242; }
