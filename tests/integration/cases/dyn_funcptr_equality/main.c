#include <stdio.h>
typedef int (*fn)(int);
int lib_func(int x);
int lib_other(int x);
extern fn lib_table[2];
fn lib_func_addr(void);
void *lib_puts_addr(void);
void lib_store(fn f);
int lib_is_stored(fn f);
int lib_call_stored(int x);
fn lib_get_stored(void);

int exe_func(int x) { return x * 3; }
fn exe_table[3] = {lib_func, exe_func, lib_other};    /* initialised data in the exe */
static void *exe_puts = (void *)puts;

int main(void)
{
    fn f = lib_func;
    printf("lib_func: code==lib %d, data==lib %d, lib data==code %d, exe data==code %d\n",
           f == lib_func_addr(), exe_table[0] == lib_func_addr(), lib_table[0] == f, exe_table[0] == f);
    printf("lib_other: %d %d\n", exe_table[2] == lib_table[1], lib_table[1] == lib_other);
    printf("puts: exe code==lib %d, exe data==lib %d\n", (void *)puts == lib_puts_addr(), exe_puts == lib_puts_addr());
    lib_store(exe_func);
    printf("exe_func stored: lib sees equal %d, back in exe equal %d, table %d, call=%d\n",
           lib_is_stored(exe_func), lib_get_stored() == exe_func, lib_is_stored(exe_table[1]), lib_call_stored(5));
    lib_store(lib_func);
    printf("lib_func stored from exe: equal %d %d, call=%d\n", lib_is_stored(lib_func), lib_is_stored(exe_table[0]),
           lib_call_stored(5));
    printf("calls: %d %d %d\n", exe_table[0](10), exe_table[1](10), exe_table[2](10));
    return 0;
}
