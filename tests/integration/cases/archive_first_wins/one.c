const char *provider(void) { return "provider from libone.a"; }
int one_only(void) { return 1; }
