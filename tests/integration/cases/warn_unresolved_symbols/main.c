#include <stdio.h>
extern long missing_counter;
extern void missing_hook(void);
long *volatile counter_ptr = &missing_counter;
void (*volatile hook_ptr)(void) = missing_hook;
int main(void) {
    printf("counter=%s hook=%s\n", counter_ptr ? "set" : "0", hook_ptr ? "set" : "0");
    if (hook_ptr) hook_ptr();
    return 0;
}
