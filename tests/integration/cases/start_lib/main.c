#include <stdio.h>
int a_fn(void);
int c_fn(void);
int main(void) {
    printf("a_fn=%d c_fn=%d\n", a_fn(), c_fn());
    return 0;
}
