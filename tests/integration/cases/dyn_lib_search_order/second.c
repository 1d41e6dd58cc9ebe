const char *which(void) { return "which from libsecond"; }
const char *deep(void) { return "deep from libsecond"; }
const char *second_only(void) { return "second_only"; }
