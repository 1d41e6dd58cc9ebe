int data_aligned[4] __attribute__((aligned(65536))) = {1, 2, 3, 4};
char bss_aligned[100] __attribute__((aligned(65536)));
const char ro_aligned[10] __attribute__((aligned(65536))) = "readonly";
__attribute__((aligned(4096))) int page_aligned = 9;
