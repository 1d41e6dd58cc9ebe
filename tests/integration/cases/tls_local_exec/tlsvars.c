/* TLS definitions in a separate file */
__thread int tv_init = 42;
__thread long tv_arr[8] = {1, 2, 3, 4, 5, 6, 7, 8};
__thread int tv_zero;
__thread char tv_bss_buf[100];
int *addr_tv_init_from_def(void) { return &tv_init; }
