#include <stdio.h>

int hook(void) { return 42; }
int hook_data = 200;

int lib_call_hook(void);
int lib_read_data(void);
int (*lib_hook_addr(void))(void);
int *lib_data_addr(void);

int main(void)
{
    printf("hook() from prog = %d\n", hook());
    printf("lib_call_hook() = %d\n", lib_call_hook());
    printf("lib_read_data() = %d\n", lib_read_data());
    printf("lib's &hook is prog's: %d\n", lib_hook_addr() == hook);
    printf("lib's &hook_data is prog's: %d\n", lib_data_addr() == &hook_data);
    return 0;
}
