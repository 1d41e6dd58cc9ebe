#include <stdio.h>
#include <string.h>
int asm_add(int a, int b);
int main(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int stack_exec = -1;
    while (f && fgets(line, sizeof line, f))
        if (strstr(line, "[stack]")) { char perms[8]; sscanf(line, "%*s %7s", perms); stack_exec = perms[2] == 'x'; }
    if (f) fclose(f);
    printf("asm_add=%d stack executable: %d\n", asm_add(2, 3), stack_exec);
    return 0;
}
