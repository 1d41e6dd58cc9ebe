int thin_three(void) { return 33; }
