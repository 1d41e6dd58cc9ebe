#include <stdio.h>
int default_fn(void), use_all(void);
int main(void)
{
    int before = default_fn();
    int all = use_all();
    printf("%d %d %d\n", before, all, default_fn());
    return 0;
}
