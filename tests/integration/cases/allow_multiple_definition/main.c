#include <stdio.h>
extern int value;
extern int weak_then_strong;
extern const char *table[];
const char *who(void);
const char *who_via_second(void);
int member_only(void);
int main(void) {
    printf("value=%d who=%s via_second=%s\n", value, who(), who_via_second());
    printf("weak_then_strong=%d table[1]=%s member_only=%d\n", weak_then_strong, table[1], member_only());
    return 0;
}
