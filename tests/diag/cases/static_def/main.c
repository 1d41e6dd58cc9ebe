int checksum(const char *);
int main(void) { return checksum("abc"); }
