#include <stdio.h>

int table[4] = {1, 2, 3, 4};
int scratch[4096];

int main(void) {
    long sum = 0;
    for (int i = 0; i < 4096; i++) scratch[i] = table[i % 4] * i;
    for (int i = 0; i < 4096; i++) sum += scratch[i];
    printf("sum %ld, table[3] %d\n", sum, table[3]);
    return 0;
}
