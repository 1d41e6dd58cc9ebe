#include <stdio.h>
const char *foo(void), *bar(void);
int main(void) {
    printf("foo: %s\n", foo());
    printf("bar: %s\n", bar());
    return 0;
}
