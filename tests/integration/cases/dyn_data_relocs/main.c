#include <stdio.h>
extern int lib_arr[8];
extern const char lib_str[];
int lib_fn(int x);
int *lib_arr_addr(int i);
static int own[4] = {1, 2, 3, 4};
static int own_fn(int x) { return x * 2; }
struct entry { const char *name; int *value; int (*fn)(int); };
struct entry table[] = {                              /* .data */
    {"lib_arr[0]", &lib_arr[0], lib_fn},
    {"lib_arr[5]", &lib_arr[5], own_fn},
    {"own[2]", &own[2], lib_fn},
};
static const struct entry ro_table[] = {              /* .data.rel.ro */
    {"ro lib_arr[7]", lib_arr + 7, lib_fn},
    {"ro own[3]", own + 3, own_fn},
};
const char *const strs[] = {lib_str, lib_str + 8, "own literal"};
FILE **out_ptr = &stdout;
int (*libc_fn)(const char *) = puts;
int main(void)
{
    for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++)
        printf("%s = %d, fn(1) = %d\n", table[i].name, *table[i].value, table[i].fn(1));
    for (unsigned i = 0; i < 2; i++)
        printf("%s = %d, fn(2) = %d\n", ro_table[i].name, *ro_table[i].value, ro_table[i].fn(2));
    printf("strs: %s | %s | %s\n", strs[0], strs[1], strs[2]);
    printf("addresses match the library's: %d %d\n", table[1].value == lib_arr_addr(5), ro_table[0].value == lib_arr_addr(7));
    fprintf(*out_ptr, "through &stdout\n");
    libc_fn("through a pointer to puts");
    lib_arr[5] = 55;
    printf("write through the table seen by the library: %d\n", *lib_arr_addr(5) == *table[1].value);
    return 0;
}
