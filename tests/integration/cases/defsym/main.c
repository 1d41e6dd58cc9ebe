#include <stdio.h>
#include <stdint.h>
extern char magic_value[];       /* --defsym=magic_value=0x12345 (absolute) */
extern char magic_small[];       /* --defsym=magic_small=42 */
int alias_function(int);         /* --defsym=alias_function=real_function */
extern int alias_variable;       /* --defsym=alias_variable=real_variable */
int real_function(int);
extern int real_variable;
int main(void)
{
    printf("magic_value=0x%lx magic_small=%lu\n", (unsigned long)(uintptr_t)magic_value,
           (unsigned long)(uintptr_t)magic_small);
    printf("alias_function(6)=%d same=%d\n", alias_function(6),
           (void *)alias_function == (void *)real_function);
    alias_variable += 1;
    printf("real_variable=%d same=%d\n", real_variable, &alias_variable == &real_variable);
    return 0;
}
