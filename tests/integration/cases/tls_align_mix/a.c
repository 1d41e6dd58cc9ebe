__thread char ta_byte = 'x';                               /* .tdata, align 1  */
__thread int ta_big_aligned[3] __attribute__((aligned(64))) = {7, 8, 9}; /* .tdata, align 64 */
__thread char tb_small;                                     /* .tbss */
