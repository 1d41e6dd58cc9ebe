#include <stdio.h>
extern int lib_counter;
extern char lib_msg[32];
int lib_step(int x);
int lib_is_counter(int *p);
int lib_is_step(int (*f)(int));
int (*fp_table[2])(int) = {lib_step, 0};
int *p_counter = &lib_counter;
static const char *classify(int v)
{
    switch (v) {
    case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three";
    case 4: return "four"; case 5: return "five"; case 6: return "six"; default: return "many";
    }
}
int main(void)
{
    lib_counter = 2;
    printf("lib_step(5)=%d msg=%s\n", lib_step(5), lib_msg);
    printf("same objects: counter %d %d, step %d %d\n", lib_is_counter(&lib_counter), lib_is_counter(p_counter),
           lib_is_step(fp_table[0]), lib_is_step(lib_step));
    for (int i = 0; i < 8; i += 3) printf("%s ", classify(fp_table[0](i)));
    printf("\n");
    return 0;
}
