#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
int lib_f(void);
int main(void);
__thread int exe_tls = 2;
static int cb(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    int *idx = data;
    const char *name = info->dlpi_name, *slash = strrchr(name, '/');
    int tls = 0, phdr = 0, interp = 0, dyn = 0, ehf = 0, relro = 0, stack_x = -1, has_main = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        switch (p->p_type) {
        case PT_TLS: tls = 1; break;
        case PT_PHDR: phdr = 1; break;
        case PT_INTERP: interp = 1; break;
        case PT_DYNAMIC: dyn = 1; break;
        case PT_GNU_EH_FRAME: ehf = 1; break;
        case PT_GNU_RELRO: relro = 1; break;
        case PT_GNU_STACK: stack_x = (p->p_flags & PF_X) != 0; break;
        case PT_LOAD: {
            uintptr_t lo = info->dlpi_addr + p->p_vaddr, m = (uintptr_t)main;
            if (m >= lo && m < lo + p->p_memsz) has_main = 1;
            break;
        }
        }
    }
    if (*idx == 0)
        printf("object 0: name \"%s\" PHDR %d INTERP %d DYNAMIC %d TLS %d EH_FRAME %d RELRO %d stack exec %d contains main %d\n",
               name, phdr, interp, dyn, tls, ehf, relro, stack_x, has_main);
    else if (strncmp(name, "linux-vdso", 10) != 0 && name[0])
        printf("object: %s TLS %d DYNAMIC %d\n", slash ? slash + 1 : name, tls, dyn);
    (*idx)++;
    return 0;
}
int main(void)
{
    int idx = 0;
    dl_iterate_phdr(cb, &idx);
    return lib_f() + exe_tls - 3;
}
