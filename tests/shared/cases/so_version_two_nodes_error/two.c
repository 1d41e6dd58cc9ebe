#ifndef REV
const char *dual(void) { return "dual"; }
const char *dualx(void) { return "dualx"; }
const char *one(void) { return "one"; }
#else
const char *rdual(void) { return "rdual"; }
const char *rone(void) { return "rone"; }
#endif
