#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <string.h>
static int cb(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size; (void)data;
    for (int i = 0; i < info->dlpi_phnum; i++)
        if (info->dlpi_phdr[i].p_type == PT_GNU_STACK)
            printf("PT_GNU_STACK flags: %c%c%c\n", info->dlpi_phdr[i].p_flags & PF_R ? 'R' : '-',
                   info->dlpi_phdr[i].p_flags & PF_W ? 'W' : '-', info->dlpi_phdr[i].p_flags & PF_X ? 'X' : '-');
    return 1;
}
int main(void)
{
    dl_iterate_phdr(cb, 0);
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    while (f && fgets(line, sizeof line, f))
        if (strstr(line, "[stack]")) { char *p = strchr(line, ' '); printf("stack perms: %.4s\n", p + 1); }
    if (f) fclose(f);
    return 0;
}
