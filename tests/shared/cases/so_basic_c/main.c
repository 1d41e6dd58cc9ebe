#include <stdio.h>

extern int lib_counter;
extern const int lib_table[4];
extern const char lib_greeting[];
int lib_add(int, int);
int lib_calls(void);
const char *lib_name(void);
int lib_bump(void);
void lib_print(const char *);

int main(void)
{
    printf("lib_add(2, 3) = %d\n", lib_add(2, 3));
    printf("lib_add(10, 20) = %d\n", lib_add(10, 20));
    printf("lib_calls() = %d\n", lib_calls());
    printf("lib_name() = %s, same object as lib_greeting: %d\n", lib_name(), lib_name() == lib_greeting);
    printf("lib_table sum = %d\n", lib_table[0] + lib_table[1] + lib_table[2] + lib_table[3]);
    int before = lib_counter;
    int bumped = lib_bump();
    printf("lib_counter %d, lib_bump() %d, lib_counter now %d\n", before, bumped, lib_counter);
    lib_print("from main");
    return 0;
}
