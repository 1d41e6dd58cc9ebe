const char *mid(void);
const char *top(void) { return mid(); }
