#include <stdio.h>
extern int overridden_var, kept_var;
const char *who_a(void);
const char *who_b(void);
int weak_var_from_defaults(void);
const char *call_a_from_defaults(void);
int main(void)
{
    printf("overridden_var=%d kept_var=%d\n", overridden_var, kept_var);
    printf("who_a=%s who_b=%s\n", who_a(), who_b());
    printf("from defaults.c: %d %s\n", weak_var_from_defaults(), call_a_from_defaults());
    return 0;
}
