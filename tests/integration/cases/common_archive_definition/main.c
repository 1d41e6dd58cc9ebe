#include <stdio.h>
/* tentative definitions: COMMON symbols with -fcommon */
int com_data;
int com_const;
int com_bss[2];
int com_asm;
int main(void) {
    printf("com_data=%d com_const=%d com_bss=%d,%d com_asm=%d\n", com_data, com_const, com_bss[0], com_bss[1],
           com_asm);
    return 0;
}
