#include <stdio.h>
extern char **environ;
int helper_value(void);
int unlisted_global = 1;
int listed_global = 2;
static int listed_static(int x) { return x + 1; }
static int unlisted_static(int x) { return x + 2; }
int (*volatile fa)(int) = listed_static;
int (*volatile fb)(int) = unlisted_static;
int main(void) {
    printf("%d %d %d %d %d\n", fa(1), fb(1), helper_value(), unlisted_global, listed_global);
    puts(environ ? "environ set" : "no environ");
    return 0;
}
