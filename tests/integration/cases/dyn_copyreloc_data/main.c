#include <stdio.h>
#include <string.h>
extern int lib_counter;
extern long lib_table[8];
struct rec { int a; char name[12]; double d; };
extern struct rec lib_rec;
extern char lib_buf[64];
extern int lib_zero[100];
int *lib_counter_addr(void);
long *lib_table_addr(void);
struct rec *lib_rec_addr(void);
void lib_bump(int n);
void lib_show(const char *when);

int main(void)
{
    printf("exe sees: counter=%d table[3]=%ld rec=%d/%s buf=%s zero[99]=%d\n",
           lib_counter, lib_table[3], lib_rec.a, lib_rec.name, lib_buf, lib_zero[99]);
    printf("same objects: %d %d %d\n", &lib_counter == lib_counter_addr(),
           lib_table == lib_table_addr(), &lib_rec == lib_rec_addr());
    lib_show("start");
    lib_counter = 100;
    lib_table[7] = 1000;
    lib_rec.d = 9.75;
    strcpy(lib_buf, "written by exe");
    lib_zero[99] = 1;
    lib_show("after exe writes");
    lib_bump(11);
    printf("exe after lib_bump: counter=%d table[0]=%ld table[7]=%ld rec.a=%d zero[99]=%d\n",
           lib_counter, lib_table[0], lib_table[7], lib_rec.a, lib_zero[99]);
    return 0;
}
