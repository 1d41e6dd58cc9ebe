#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
extern char merged_buf[64];
extern int counter_common, init_vs_common;
extern double aligned_common;
int lib_vs_prog;               /* tentative definition in the program */
int lib_report(void), lib_get_vs(void), lib_init_value(void);
double *lib_aligned_addr(void);
static void size_of(const char *name, int check_align) {
    void *h = dlopen("libcommon.so", RTLD_NOW | RTLD_NOLOAD), *p = dlsym(h, name);
    Dl_info di;
    const ElfW(Sym) *sym = NULL;
    if (p && dladdr1(p, &di, (void **)&sym, RTLD_DL_SYMENT) && sym)
        printf("  %-15s st_size %lu, type %s%s\n", name, (unsigned long)sym->st_size,
               ELF64_ST_TYPE(sym->st_info) == STT_OBJECT ? "OBJECT" : "other",
               !check_align ? "" : (uintptr_t)p % 64 == 0 ? ", 64-aligned in the library" : ", NOT 64-aligned");
    else
        printf("  %-15s not found\n", name);
}
int main(void) {
    printf("lib_report() = %d\n", lib_report());
    printf("counter_common = %d, merged_buf[0]=%c merged_buf[63]=%c\n", counter_common, merged_buf[0], merged_buf[63]);
    printf("init_vs_common = %d (lib sees %d)\n", init_vs_common, lib_init_value());
    printf("aligned_common (program's copy) 64-aligned: %s, same object in lib: %s\n",
           (uintptr_t)&aligned_common % 64 == 0 ? "yes" : "NO", lib_aligned_addr() == &aligned_common ? "yes" : "NO");
    lib_vs_prog += 100;
    printf("lib_vs_prog: prog %d, lib %d\n", lib_vs_prog, lib_get_vs());
    puts("library's dynamic symbols:");
    size_of("merged_buf", 0);
    size_of("counter_common", 0);
    size_of("init_vs_common", 0);
    size_of("aligned_common", 1);
    return 0;
}
