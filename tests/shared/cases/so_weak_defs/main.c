#include <stdio.h>
const char *lib_call_hook(void), *pick(void), *w2_pick(void);
int lib_config(void), lib_table_size(void), weak_fn_unused(void);
void *lib_hook_addr(void);
extern int table_size;
const char *hook(void) { return "prog's strong hook"; }
int config_value = 42;
int main(void) {
    printf("lib calls hook(): %s\n", lib_call_hook());
    printf("lib reads config_value: %d\n", lib_config());
    config_value = 43;
    printf("after prog writes 43, lib reads: %d\n", lib_config());
    printf("table_size: prog %d, lib %d\n", table_size, lib_table_size());
    table_size = 32;
    printf("after prog writes 32, lib reads: %d\n", lib_table_size());
    printf("&hook same in lib and prog: %s\n", lib_hook_addr() == (void *)hook ? "yes" : "NO");
    printf("weak_fn_unused() = %d\n", weak_fn_unused());
    printf("pick() from prog: %s; from libw2: %s\n", pick(), w2_pick());
    return 0;
}
