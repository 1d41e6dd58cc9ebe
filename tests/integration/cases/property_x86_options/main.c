#include <stdio.h>
int plain(int);
int main(void) {
    printf("plain(2) = %d\n", plain(2));
    return 0;
}
