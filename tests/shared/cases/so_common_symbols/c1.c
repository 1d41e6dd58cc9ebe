char merged_buf[16];
int counter_common;
int init_vs_common;            /* tentative here ... */
double aligned_common __attribute__((aligned(64)));
int lib_vs_prog;
void c1_touch(void) { counter_common += 1; merged_buf[0] = 'A'; }
