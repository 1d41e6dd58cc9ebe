#include <stdio.h>
extern int feature_enabled __attribute__((weak));
int main(void)
{
    printf("feature %s\n", &feature_enabled && feature_enabled ? "enabled" : "absent");
    return 0;
}
