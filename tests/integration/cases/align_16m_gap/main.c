#include <stdint.h>
#include <stdio.h>
extern int data_far[4];
extern const char ro_far[16];
extern char zeros_before[3 << 20];
int main(void) {
  long nonzero = 0;
  for (long i = 1; i < (long)sizeof(zeros_before); i++) nonzero += zeros_before[i] != 0;
  printf("data %% 16M = %lu: %d %d %d %d\n", (unsigned long)((uintptr_t)data_far % (1 << 24)), data_far[0],
         data_far[1], data_far[2], data_far[3]);
  printf("rodata %% 16M = %lu: %s\n", (unsigned long)((uintptr_t)ro_far % (1 << 24)), ro_far);
  printf("zeros: first %d, nonzero after %ld\n", zeros_before[0], nonzero);
  return 0;
}
