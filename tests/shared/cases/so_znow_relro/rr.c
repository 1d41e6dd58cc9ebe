#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int add1(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
/* pointers needing relocation in a const object: .data.rel.ro */
static int (*const table[])(int) = {add1, dbl, add1};
static const char *const names[] = {"add1", "dbl", "add1"};
int writable_data = 5;

/* protection ("r--", "rw-", ...) of the mapping holding ADDR */
static const char *prot_of(const void *addr, char *buf) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    strcpy(buf, "???");
    if (!f) return buf;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && (uintptr_t)addr >= lo &&
            (uintptr_t)addr < hi) {
            memcpy(buf, perms, 3);
            buf[3] = 0;
            break;
        }
    }
    fclose(f);
    return buf;
}

void FN(int show_gotplt) {
    char a[8], b[8], c[8], d[8];
    const void *gotplt, *slot;
    /* _GLOBAL_OFFSET_TABLE_ (R_X86_64_GOTPC32: the start of .got.plt) and
     * the address of strlen's GOT slot (R_X86_64_GOTPCREL on a lea) */
    __asm__("lea _GLOBAL_OFFSET_TABLE_(%%rip), %0" : "=r"(gotplt));
    __asm__("lea strlen@GOTPCREL(%%rip), %0" : "=r"(slot));
    int r = 0;
    for (int i = 0; i < 3; i++) r = table[i](r + 1);
    printf("  table result %d (%s,%s,%s); strlen via PLT %zu\n", r, names[0], names[1], names[2],
           strlen(names[1]));
    printf("  .data.rel.ro table: %s, GOT slot: %s, data: %s", prot_of(table, a), prot_of(slot, d),
           prot_of(&writable_data, b));
    if (show_gotplt) printf(", _GLOBAL_OFFSET_TABLE_: %s", prot_of(gotplt, c));
    printf("\n");
}
