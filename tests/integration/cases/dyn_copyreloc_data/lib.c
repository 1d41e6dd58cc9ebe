#include <stdio.h>
int lib_counter = 10;
long lib_table[8] = {1, 2, 3, 4, 5, 6, 7, 8};
struct rec { int a; char name[12]; double d; } lib_rec = {7, "record", 2.5};
char lib_buf[64] = "library buffer";
int lib_zero[100];                  /* .bss in the library */

int *lib_counter_addr(void) { return &lib_counter; }
long *lib_table_addr(void) { return lib_table; }
struct rec *lib_rec_addr(void) { return &lib_rec; }
void lib_bump(int n)
{
    lib_counter += n;
    for (int i = 0; i < 8; i++) lib_table[i] *= 2;
    lib_rec.a++;
    lib_zero[99] += 5;
}
void lib_show(const char *when)
{
    printf("lib %s: counter=%d table[0]=%ld table[7]=%ld rec=%d/%s/%.2f buf=%s zero[99]=%d\n", when,
           lib_counter, lib_table[0], lib_table[7], lib_rec.a, lib_rec.name, lib_rec.d, lib_buf, lib_zero[99]);
}
