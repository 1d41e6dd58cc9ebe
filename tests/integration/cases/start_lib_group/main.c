#include <stdio.h>
int p_fn(void);
int tail_fn(void);
int main(void) {
    printf("p_fn=%d tail_fn=%d\n", p_fn(), tail_fn());
    return 0;
}
