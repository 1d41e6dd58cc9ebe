static int checksum(const char *s) { int c = 0; while (*s) c += *s++; return c; }
int use_sum(void) { return checksum("x"); }
