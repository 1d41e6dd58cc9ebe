#include <stdio.h>
#include <stdlib.h>
const char *top_dep(void);
int top_dlopen(void);
int main(void) {
    printf("LD_LIBRARY_PATH set: %s\n", getenv("LD_LIBRARY_PATH") ? "yes" : "no");
    printf("dependency: %s\n", top_dep());
    printf("dlopen through libtop's run path: %d\n", top_dlopen());
    return 0;
}
