#include <stdio.h>
int fa1(int x) { return x + 1; }
int fa2(int x) { return x * 2; }
static int order[8], n;
static void note(int k) { if (n < 8) order[n++] = k; }
__attribute__((constructor)) static void ctor_a(void) { note(1); }
__attribute__((constructor(200))) static void ctor_a200(void) { note(200); }
__attribute__((destructor)) static void dtor_a(void) { puts("dtor a"); }
int fb1(int), fb2(int), fc(int);
extern const char *names[];
int counter_b;
int main(void) {
    printf("ctors:");
    for (int i = 0; i < n; i++) printf(" %d", order[i]);
    printf("\n%d %d %d %d %d %s %s %d\n", fa1(1), fa2(2), fb1(3), fb2(4), fc(5), names[0], names[1], counter_b);
    return 0;
}
void note_ext(int k) { note(k); }
