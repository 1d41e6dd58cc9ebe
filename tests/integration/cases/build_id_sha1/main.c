#define _GNU_SOURCE
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
/* Walk our own program headers and report the build-id note (not its bytes). */
static int cb(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size; (void)data;
    int found = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
            const char *name = p + sizeof *n;
            const unsigned char *desc = (const unsigned char *)name + ((n->n_namesz + 3) & ~3u);
            if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4)) {
                int nonzero = 0;
                for (unsigned j = 0; j < n->n_descsz; j++) if (desc[j]) nonzero = 1;
                printf("build-id note: %u bytes, nonzero=%d\n", n->n_descsz, nonzero);
                found = 1;
            }
            p = (const char *)desc + ((n->n_descsz + 3) & ~3u);
        }
    }
    if (!found) printf("no build-id note\n");
    return 1;
}
int main(void) { dl_iterate_phdr(cb, 0); return 0; }
