const char *provider(void) { return "provider from libtwo.a"; }
int two_only(void) { return 2; }
