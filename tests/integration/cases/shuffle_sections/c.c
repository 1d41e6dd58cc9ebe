#include <stdio.h>
void note_ext(int);
static int table[64] = {1, 2, 3};
static __thread int tls = 7;
int fc(int x) { return x + table[2] + tls; }
__attribute__((constructor)) static void ctor_c(void) { note_ext(3); }
__attribute__((destructor)) static void dtor_c(void) { puts("dtor c"); }
