#include <stdio.h>
static const char *names[16];
static int n;
void register_plugin(const char *name, int prio) { (void)prio; names[n++] = name; }
int main(void)
{
    printf("%d plugins registered\n", n);
    for (int i = 0; i < n; i++) printf("  %s\n", names[i]);
    return 0;
}
