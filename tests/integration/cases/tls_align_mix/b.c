__thread long tb_aligned[5] __attribute__((aligned(128)));   /* .tbss, align 128 */
__thread short td_short = 77;                                 /* .tdata */
__thread char tb_tail[3];
__thread double td_dbl __attribute__((aligned(32))) = 1.25;   /* .tdata, align 32 */
