int data_far[4] __attribute__((aligned(1 << 24))) = {11, 22, 33, 44};
const char ro_far[16] __attribute__((aligned(1 << 24))) = "far rodata";
char zeros_before[3 << 20] = {1};
