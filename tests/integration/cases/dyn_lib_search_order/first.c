const char *deep(void);
const char *which(void) { return "which from libfirst"; }
const char *first_calls_deep(void) { return deep(); }
