#include <stdio.h>
int impl_value(void), alias_value(void), weak_alias_value(void), global_of_local(void);
extern int data_target, data_alias;
int main(void)
{
    data_alias = 78;
    printf("%d %d %d %d data=%d same=%d %d\n", impl_value(), alias_value(), weak_alias_value(), global_of_local(),
           data_target, (void *)alias_value == (void *)impl_value, &data_alias == &data_target);
    return 0;
}
