#include <string.h>

__thread int tcount = 10;
__thread char tname[16] = "initial";

int lib_bump(void) { return ++tcount; }
int *lib_tcount_addr(void) { return &tcount; }
void lib_set_name(const char *s) { strncpy(tname, s, sizeof tname - 1); }
const char *lib_name(void) { return tname; }
