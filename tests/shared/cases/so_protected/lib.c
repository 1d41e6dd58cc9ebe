__attribute__((visibility("protected"))) int pfunc(void) { return 1; }
__attribute__((visibility("protected"))) int pget(void) { return 7; }
__attribute__((visibility("protected"))) int pdata = 10;

int lib_call_pfunc(void) { return pfunc(); }
int lib_read_pdata(void) { return pdata; }
void lib_write_pdata(int v) { pdata = v; }
int (*lib_pget_addr(void))(void) { return pget; }
int *lib_pdata_addr(void) { return &pdata; }
