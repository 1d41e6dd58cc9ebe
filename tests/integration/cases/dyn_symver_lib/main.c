#include <stdio.h>
int foo(int x);
int bar(int x);
int baz(int x);
int call_old_foo(int x);
int main(void)
{
    printf("foo(1)=%d (VER_2), old foo(1)=%d (VER_1), bar(2)=%d, baz(3)=%d\n", foo(1), call_old_foo(1), bar(2), baz(3));
    int (*p)(int) = foo;
    printf("through a pointer: %d\n", p(5));
    return 0;
}
