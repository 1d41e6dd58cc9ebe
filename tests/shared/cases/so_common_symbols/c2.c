char merged_buf[64];
int counter_common;
int init_vs_common = 31337;    /* ... and initialized here */
int lib_vs_prog;
void c2_touch(void) { counter_common += 10; merged_buf[63] = 'Z'; lib_vs_prog += 5; }
