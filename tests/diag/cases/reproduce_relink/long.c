int long_named(void) { return 1; }
