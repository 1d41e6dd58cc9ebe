#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* entries of a C-named section in two objects of the program, reached only
 * through __start_/__stop_: --gc-sections must keep them */
struct entry { const char *name; int value; };
extern const struct entry __start_gc_table[], __stop_gc_table[];
__attribute__((used, section("gc_table"))) static const struct entry e_a = {"alpha", 1};
static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
int main(void) {
    void *h = dlopen("libgc.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    int (*eu)(void) = (int (*)(void))dlsym(h, "exported_unreferenced");
    int *ev = (int *)dlsym(h, "exported_var");
    void (*report)(void) = (void (*)(void))dlsym(h, "report");
    printf("exported_unreferenced: %d\n", eu ? eu() : -1);
    printf("exported_var: %d\n", ev ? *ev : -1);
    const char *hidden[] = {"hidden_unreferenced", "hidden_used", "only_from_dropped", "b_dead"};
    for (int i = 0; i < 4; i++) printf("dlsym %s: %s\n", hidden[i], dlsym(h, hidden[i]) ? "found" : "not found");
    if (report) report();
    const char *tab[16];
    int nt = 0;
    for (const struct entry *e = __start_gc_table; e < __stop_gc_table && nt < 16; e++) tab[nt++] = e->name;
    qsort(tab, nt, sizeof tab[0], cmp);
    printf("program's gc_table (%d entries):", nt);
    for (int i = 0; i < nt; i++) printf(" %s", tab[i]);
    printf("\n");
    return 0;
}
