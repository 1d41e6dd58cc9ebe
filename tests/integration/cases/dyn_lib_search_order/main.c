#include <stdio.h>
const char *which(void);
const char *deep(void);
const char *first_calls_deep(void);
const char *second_only(void);
int main(void)
{
    printf("%s\n%s\n%s\n%s\n", which(), deep(), first_calls_deep(), second_only());
    return 0;
}
