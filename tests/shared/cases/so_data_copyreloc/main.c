#include <stdio.h>
#include <string.h>

struct rec { int id; double weight; char tag[12]; };
extern int lib_array[8];
extern struct rec lib_rec;
int lib_sum(void);
int lib_rec_id(void);
double lib_rec_weight(void);
const char *lib_rec_tag(void);
int *lib_array_addr(void);
struct rec *lib_rec_addr(void);
void lib_set(int, int);

int main(void)
{
    printf("initial: sum %d, rec %d %.1f %s, array[7] %d\n", lib_sum(), lib_rec.id,
           lib_rec.weight, lib_rec.tag, lib_array[7]);
    lib_array[2] = 100;
    lib_rec.id = 42;
    strcpy(lib_rec.tag, "changed");
    printf("lib sees the program's writes: sum %d, id %d, tag %s\n", lib_sum(), lib_rec_id(), lib_rec_tag());
    lib_set(0, -5);
    printf("program sees the lib's writes: array[0] %d, weight %.1f (lib %.1f)\n", lib_array[0],
           lib_rec.weight, lib_rec_weight());
    printf("same addresses: array %d, rec %d\n", lib_array_addr() == lib_array, lib_rec_addr() == &lib_rec);
    return 0;
}
