#include <stdio.h>
int a_compute(int);
const char *a_which(void);
int *a_counter_addr(void);
int hook_calls;
int prog_hook(int x) { hook_calls++; return x * 2; }
int main(void) {
    int r = a_compute(3);
    printf("a_compute(3) = %d (hook called %d time)\n", r, hook_calls);
    r = a_compute(4);
    printf("a_compute(4) = %d, b_counter = %d\n", r, *a_counter_addr());
    printf("libB's shared_name() binds to: %s\n", a_which());
    return 0;
}
