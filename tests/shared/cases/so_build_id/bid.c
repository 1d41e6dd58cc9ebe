#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

struct q { void *base; char *out; size_t outsz; int found; };
static int cb(struct dl_phdr_info *info, size_t size, void *data) {
    struct q *q = data;
    if ((void *)info->dlpi_addr != q->base) return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
            const char *name = p + sizeof *n;
            const unsigned char *desc = (const unsigned char *)name + ((n->n_namesz + 3) & ~3u);
            if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4)) {
                int k = snprintf(q->out, q->outsz, "build-id %u bytes", n->n_descsz);
                if (n->n_descsz == 12 && desc[0] == 0x00 && desc[1] == 0x11) {   /* the 0xHEX one */
                    k += snprintf(q->out + k, q->outsz - k, " value ");
                    for (unsigned j = 0; j < n->n_descsz; j++)
                        k += snprintf(q->out + k, q->outsz - k, "%02x", desc[j]);
                }
                q->found++;
            }
            p = (const char *)desc + ((n->n_descsz + 3) & ~3u);
        }
    }
    return 1;
}

const char *FN(void) {
    static char buf[160];
    Dl_info di;
    struct q q = {0, buf, sizeof buf, 0};
    if (!dladdr((void *)FN, &di)) return "dladdr failed";
    q.base = di.dli_fbase;
    strcpy(buf, "no build-id note");
    dl_iterate_phdr(cb, &q);
    return buf;
}
