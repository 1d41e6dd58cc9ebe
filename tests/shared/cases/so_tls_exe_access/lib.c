__thread int shared_tls = 100;
__thread char shared_buf[8] = "lib";

int lib_get(void) { return shared_tls; }
void lib_set(int v) { shared_tls = v; }
int *lib_addr(void) { return &shared_tls; }
const char *lib_buf(void) { return shared_buf; }
