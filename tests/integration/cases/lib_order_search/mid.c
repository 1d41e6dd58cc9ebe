const char *bottom(void);
const char *mid(void) { return bottom(); }
