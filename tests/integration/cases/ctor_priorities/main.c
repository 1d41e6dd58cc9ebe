#include <stdio.h>
#include <stdlib.h>
static void at1(void) { printf("atexit 1\n"); }
static void at2(void) { printf("atexit 2\n"); }
__attribute__((constructor(150))) static void ctor_m150(void) { printf("ctor main 150\n"); }
__attribute__((constructor)) static void ctor_m_default(void) { printf("ctor main default\n"); }
__attribute__((destructor(150))) static void dtor_m150(void) { printf("dtor main 150\n"); }
int main(void)
{
    printf("main\n");
    atexit(at1);
    atexit(at2);
    return 0;
}
