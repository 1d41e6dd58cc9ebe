#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>
extern const Elf64_Ehdr __ehdr_start;          /* linker-defined */
extern char __executable_start[], etext[], edata[], end[], __bss_start[], _end[], _edata[], _etext[];
extern void (*__init_array_start[])(void), (*__init_array_end[])(void);
extern void (*__fini_array_start[])(void), (*__fini_array_end[])(void);
extern void (*__preinit_array_start[])(void), (*__preinit_array_end[])(void);
int initialized = 1;
char zeroed[100];
static volatile int ctor_ran;
__attribute__((constructor)) static void c1(void) { ctor_ran = 1; }
int main(void)
{
    printf("ehdr magic ok: %d type=%d machine=%d\n", memcmp(__ehdr_start.e_ident, ELFMAG, SELFMAG) == 0,
           __ehdr_start.e_type, __ehdr_start.e_machine);
    printf("executable_start == ehdr: %d\n", (void *)__executable_start == (void *)&__ehdr_start);
    printf("text < etext: %d, etext <= edata: %d, edata <= end: %d\n",
           (uintptr_t)main < (uintptr_t)etext, (uintptr_t)etext <= (uintptr_t)edata, (uintptr_t)edata <= (uintptr_t)end);
    printf("aliases: %d %d %d\n", _end == end, _edata == edata, _etext == etext);
    printf("bss within [__bss_start, _end): %d, data before edata: %d\n",
           (char *)zeroed >= __bss_start && (char *)zeroed + 100 <= _end, (char *)&initialized < edata);
    printf("ctor ran: %d\n", ctor_ran);
    printf("init_array entries: %ld, fini_array entries: %ld, preinit: %ld\n",
           (long)(__init_array_end - __init_array_start), (long)(__fini_array_end - __fini_array_start),
           (long)(__preinit_array_end - __preinit_array_start));
    return 0;
}
