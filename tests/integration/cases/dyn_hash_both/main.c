#include <dlfcn.h>
#include <stdio.h>
/* dlsym(RTLD_DEFAULT, ...) of the executable's exported symbols goes through
   its hash table (DT_HASH or DT_GNU_HASH). */
#define F(n) int exported_##n(void) { return n; }
F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11) F(12) F(13) F(14) F(15)
F(16) F(17) F(18) F(19) F(20) F(21) F(22) F(23) F(24) F(25) F(26) F(27) F(28) F(29) F(30) F(31)
int exported_data[4] = {10, 20, 30, 40};
static int hidden_static(void) { return -1; }
int main(void)
{
    int found = 0, ok = 0;
    char name[32];
    for (int i = 0; i < 32; i++) {
        snprintf(name, sizeof name, "exported_%d", i);
        int (*f)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, name);
        found += f != 0;
        ok += f && f() == i;
    }
    int *d = (int *)dlsym(RTLD_DEFAULT, "exported_data");
    printf("found %d/32, correct %d, data %d, missing names: %d %d, puts found: %d\n", found, ok, d ? d[3] : -1,
           dlsym(RTLD_DEFAULT, "exported_32") == 0, dlsym(RTLD_DEFAULT, "hidden_static") == 0,
           dlsym(RTLD_DEFAULT, "puts") != 0);
    return hidden_static() + 1;
}
