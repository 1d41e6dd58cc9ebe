#include <stdio.h>
static const char *greeting = "section symbols";
static int counter;
static int bump(int x) { return counter += x; }
int (*volatile fp)(int) = bump;
int main(void) { fp(40); fp(2); printf("%s: %d\n", greeting, counter); return 0; }
