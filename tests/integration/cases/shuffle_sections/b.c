#include <stdio.h>
void note_ext(int);
extern int counter_b;
int fb1(int x) { return x - 1; }
int fb2(int x) { return x << 3; }
const char *names[] = {"alpha", "beta"};
__attribute__((constructor)) static void ctor_b(void) { note_ext(2); counter_b += 10; }
__attribute__((constructor(150))) static void ctor_b150(void) { note_ext(150); }
__attribute__((destructor)) static void dtor_b(void) { puts("dtor b"); }
