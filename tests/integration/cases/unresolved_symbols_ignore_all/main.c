#include <stdio.h>
extern int missing_fn(int);
extern int missing_data[];
int *volatile data_ptr = missing_data;        /* R_X86_64_64 in .data */
int (*volatile fn_ptr)(int) = missing_fn;     /* R_X86_64_64 in .data */
int *got_addr(void);
int main(int argc, char **argv) {
    (void)argv;
    int *volatile lea = missing_data;           /* R_X86_64_PC32 */
    printf("data_ptr=%s fn_ptr=%s lea=%s got=%s\n", data_ptr ? "set" : "0", fn_ptr ? "set" : "0",
           lea ? "set" : "0", got_addr() ? "set" : "0");
    if (argc > 5) return missing_fn(argc);      /* never called */
    return 0;
}
