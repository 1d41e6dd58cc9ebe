#include <dlfcn.h>
#include <stdio.h>

int foo(int);
int bar(void);

int main(void)
{
    printf("foo(1) = %d\n", foo(1));
    int b1 = bar();
    int b2 = bar();
    printf("bar() = %d, bar() = %d\n", b1, b2);
    printf("foo(1) = %d\n", foo(1));
    const char *names[] = { "foo", "bar", "baz", "qux_data" };
    for (int i = 0; i < 4; i++)
        printf("dlsym(RTLD_DEFAULT, %s): %s\n", names[i], dlsym(RTLD_DEFAULT, names[i]) ? "found" : "not found");
    printf("dlsym(foo) is foo: %d\n", dlsym(RTLD_DEFAULT, "foo") == (void *)foo);
    return 0;
}
