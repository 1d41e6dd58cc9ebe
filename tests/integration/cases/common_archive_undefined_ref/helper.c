#include <stdio.h>
int shared_com[8];
int helper(void) {
    int sum = 0;
    for (int i = 0; i < 8; i++) shared_com[i] = i + 1;
    for (int i = 0; i < 8; i++) sum += shared_com[i];
    return sum;
}
__attribute__((constructor)) static void hello(void) { puts("helper.o extracted"); }
