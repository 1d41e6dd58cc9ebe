#include <stdio.h>
const char *bid_def(void), *bid_md5(void), *bid_hex(void), *bid_none(void);
int main(void) {
    printf("--build-id:          %s\n", bid_def());
    printf("--build-id=md5:      %s\n", bid_md5());
    printf("--build-id=0xHEX:    %s\n", bid_hex());
    printf("--build-id=none:     %s\n", bid_none());
    return 0;
}
