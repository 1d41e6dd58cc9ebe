#include <stdio.h>

int a1_fn(int x);

int main(void) {
  int r = a1_fn(20);
  printf("report test: %d\n", r);
  return r == 42 ? 0 : 1;
}
