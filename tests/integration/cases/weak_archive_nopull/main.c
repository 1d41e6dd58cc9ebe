#include <stdio.h>
extern void optional_feature(void) __attribute__((weak));
void required_feature(void);
int opt_seen_by_member(void);
int main(void)
{
    required_feature();
    printf("optional_feature %s\n", optional_feature ? "linked" : "not linked");
    printf("member sees optional_feature: %d\n", opt_seen_by_member());
    return 0;
}
