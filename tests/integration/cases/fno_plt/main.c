#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int local_helper(int);
int main(void)
{
    char *p = malloc(32);
    strcpy(p, "called via GOT");
    puts(p);
    printf("strlen=%zu helper=%d\n", strlen(p), local_helper(41));
    int (*fp)(int) = local_helper;
    printf("fp==helper: %d\n", fp(1) == 2);
    free(p);
    return 0;
}
