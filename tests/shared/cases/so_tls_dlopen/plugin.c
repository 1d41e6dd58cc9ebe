__thread int pv = 5;
static __thread int pcount;
static __thread char pbig[256] = { 1 };

int plugin_bump(void) { pbig[pcount % 256] += 1; return ++pcount * 100 + pv + pbig[0]; }
int *plugin_pv(void) { return &pv; }
