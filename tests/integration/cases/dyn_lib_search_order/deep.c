const char *deep(void) { return "deep from libdeep"; }
