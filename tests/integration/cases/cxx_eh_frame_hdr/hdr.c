/* Inspect PT_GNU_EH_FRAME of the running static program. */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct info { int found, version, table_enc, count_pos, sorted, in_text; long fdes; };

static int cb(struct dl_phdr_info *di, size_t size, void *arg) {
    struct info *in = arg;
    (void)size;
    uintptr_t text_lo = UINTPTR_MAX, text_hi = 0;
    const unsigned char *hdr = 0;
    for (int i = 0; i < di->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &di->dlpi_phdr[i];
        if (p->p_type == PT_LOAD && (p->p_flags & PF_X)) {
            if (di->dlpi_addr + p->p_vaddr < text_lo) text_lo = di->dlpi_addr + p->p_vaddr;
            if (di->dlpi_addr + p->p_vaddr + p->p_memsz > text_hi) text_hi = di->dlpi_addr + p->p_vaddr + p->p_memsz;
        }
        if (p->p_type == PT_GNU_EH_FRAME) hdr = (const unsigned char *)(di->dlpi_addr + p->p_vaddr);
    }
    if (!hdr) return 1;
    in->found = 1;
    in->version = hdr[0];
    in->table_enc = hdr[3];
    /* eh_frame_ptr_enc hdr[1], fde_count_enc hdr[2]: expect pcrel|sdata4, udata4 */
    if (hdr[1] != 0x1b || hdr[2] != 0x03 || hdr[3] != 0x3b) return 1;
    uint32_t count;
    memcpy(&count, hdr + 8, 4);
    in->fdes = count;
    const int32_t *tab = (const int32_t *)(hdr + 12);
    in->sorted = 1; in->in_text = 1;
    for (uint32_t i = 0; i < count; i++) {
        uintptr_t loc = (uintptr_t)hdr + tab[2 * i];
        if (i && tab[2 * i] < tab[2 * i - 2]) in->sorted = 0;
        if (loc < text_lo || loc >= text_hi) in->in_text = 0;
    }
    return 1;
}

void check_eh_frame_hdr(void) {
    struct info in = {0};
    dl_iterate_phdr(cb, &in);
    printf("PT_GNU_EH_FRAME %d version %d table_enc 0x%x fdes>100 %d sorted %d in_text %d\n",
           in.found, in.version, in.table_enc, in.fdes > 100, in.sorted, in.in_text);
}
