/* Finds its own build-id note through dl_iterate_phdr and prints its size
 * and whether it is all zeros (it must not be). */
#define _GNU_SOURCE
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

static int found_size = -1, nonzero = 0;

static int visit(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_NOTE) continue;
    const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
      const char *name = p + sizeof(*n);
      const unsigned char *desc = (const unsigned char *)name + ((n->n_namesz + 3) & ~3u);
      if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4)) {
        found_size = (int)n->n_descsz;
        for (unsigned k = 0; k < n->n_descsz; k++) nonzero |= desc[k] != 0;
      }
      p = (const char *)desc + ((n->n_descsz + 3) & ~3u);
    }
  }
  return 0;
}

int main(void) {
  dl_iterate_phdr(visit, NULL);
  printf("build-id: %d bytes, %s\n", found_size, nonzero ? "not all zero" : "all zero");
  return found_size == 20 && nonzero ? 0 : 1;
}
