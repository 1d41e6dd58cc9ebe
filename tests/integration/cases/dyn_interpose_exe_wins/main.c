#include <dlfcn.h>
#include <stdio.h>
int shared_name(void) { return 2; }
int shared_var = 20;
int exe_extra(void) { return 4; }      /* unknown to the library */
int lib_only(void);
int lib_calls_shared_name(void);
int lib_reads_shared_var(void);
int (*lib_shared_name_addr(void))(void);
int *lib_shared_var_addr(void);
int main(void)
{
    printf("exe calls shared_name: %d, reads shared_var: %d, lib_only: %d\n", shared_name(), shared_var, lib_only());
    printf("lib calls shared_name: %d, lib reads shared_var: %d\n", lib_calls_shared_name(), lib_reads_shared_var());
    printf("lib's &shared_name == exe's: %d, &shared_var == exe's: %d\n", lib_shared_name_addr() == shared_name,
           lib_shared_var_addr() == &shared_var);
    printf("dlsym(RTLD_DEFAULT, shared_name) is the exe's: %d\n", dlsym(RTLD_DEFAULT, "shared_name") == (void *)shared_name);
    printf("exe_extra exported: %d\n", dlsym(RTLD_DEFAULT, "exe_extra") != 0);
    return exe_extra() - 4;
}
