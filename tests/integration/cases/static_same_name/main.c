#include <stdio.h>
#define D(n) int api_##n(int); const char *name_##n(void); void *helper_addr_##n(void);
D(1) D(2) D(3) D(4) D(5)
static int helper(int x) { return -x; }
int main(void)
{
    int (*api[])(int) = { api_1, api_2, api_3, api_4, api_5 };
    const char *(*nm[])(void) = { name_1, name_2, name_3, name_4, name_5 };
    void *(*ad[])(void) = { helper_addr_1, helper_addr_2, helper_addr_3, helper_addr_4, helper_addr_5 };
    for (int i = 0; i < 5; i++) {
        int first = api[i](10), second = api[i](10);
        printf("%s: %d %d\n", nm[i](), first, second);
    }
    int distinct = 1;
    for (int i = 0; i < 5; i++) for (int j = i + 1; j < 5; j++) if (ad[i]() == ad[j]()) distinct = 0;
    printf("helpers distinct: %d, main helper: %d\n", distinct, helper(3));
    return 0;
}
