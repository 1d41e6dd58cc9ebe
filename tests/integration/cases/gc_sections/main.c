#include <stdio.h>
struct hook { const char *name; int (*fn)(int); };
extern const struct hook __start_weld_hooks[], __stop_weld_hooks[];
int used_fn(int);
static int unused_static(void) { return 3; }
int main(void)
{
    printf("used_fn(5)=%d\n", used_fn(5));
    for (const struct hook *h = __start_weld_hooks; h < __stop_weld_hooks; h++)
        printf("%s -> %d\n", h->name, h->fn(4));
    return 0;
}
