/* Exported API, plus pieces that must be dropped. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* MARK(name): a marker string in its own .rodata section, referenced by the
 * function it appears in (so it lives exactly as long as that function) */
#define MARK(name) \
    static const char mark_##name[] = "@@GC:" #name "@@"; \
    __asm__ volatile("" :: "r"(mark_##name))
#define HIDDEN __attribute__((visibility("hidden")))

/* exported, never called inside the library */
int exported_unreferenced(void) { MARK(exported_unreferenced); return 99; }
int exported_var = 1234;
int exported_caller(void);

/* hidden and unreferenced: dropped, and so is what only it calls */
HIDDEN int only_from_dropped(int x) { MARK(only_from_dropped); return x + 1; }
HIDDEN int hidden_unreferenced(int x) { MARK(hidden_unreferenced); return only_from_dropped(x) * 3; }
/* `used` keeps it in the object file; nothing references its section */
__attribute__((used, noinline)) static int static_unreferenced(int x) { MARK(static_unreferenced); return x + 2; }
HIDDEN const char hidden_dead_data[] = "@@GC:hidden_dead_data@@";

/* hidden but referenced from an exported function: kept */
HIDDEN int hidden_used(int x) { MARK(hidden_used); return x * 2; }

/* a retained section: kept although unreferenced */
__attribute__((retain, used)) static const char mark_retained[] = "@@GC:retained@@";

/* a constructor: .init_array is always kept, and so is what it calls */
static int ctor_ran;
static void ctor_helper(void) { MARK(ctor_helper); ctor_ran = 1; }
__attribute__((constructor)) static void ctor(void) { ctor_helper(); }

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

struct scan { void *base; char found[32][40]; int n; };
static int scan_cb(struct dl_phdr_info *info, size_t size, void *data) {
    struct scan *s = data;
    if ((void *)info->dlpi_addr != s->base) return 0;
    /* the key is built at run time so that it is not itself in .rodata */
    static const char enc[] = "AAHD;";
    char key[6];
    for (int i = 0; i < 5; i++) key[i] = (char)(((volatile const char *)enc)[i] - 1);
    key[5] = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_X) || !(ph->p_flags & PF_R)) continue;
        const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while ((p = memmem(p, end - p, key, 5)) != NULL) {
            const char *q = p + 5, *stop = memmem(q, end - q, "@@", 2);
            if (stop && stop - q < 39 && s->n < 32) {
                memcpy(s->found[s->n], q, stop - q);
                s->found[s->n][stop - q] = 0;
                s->n++;
            }
            p += 5;
        }
    }
    return 1;
}

void report(void) {
    Dl_info di;
    struct scan s = {0};
    if (!dladdr((void *)report, &di)) { puts("dladdr failed"); return; }
    s.base = di.dli_fbase;
    dl_iterate_phdr(scan_cb, &s);
    char *names[32];
    for (int i = 0; i < s.n; i++) names[i] = s.found[i];
    qsort(names, s.n, sizeof names[0], cmp);
    printf("markers present:");
    for (int i = 0; i < s.n; i++) printf(" %s", names[i]);
    printf("\nconstructor ran: %d, hidden_used(4) = %d\n", ctor_ran, hidden_used(4));
    printf("exported_caller: %d\n", exported_caller());
}
