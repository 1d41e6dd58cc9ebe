#include <stdio.h>
#include <string.h>

int main(void)
{
    printf("hello, %s! %d %u %x %s\n", "world", -42, 42u, 0xbeefu, "done");
    puts("puts works");
    fprintf(stderr, "this goes to stderr\n");
    char buf[64];
    snprintf(buf, sizeof buf, "%05d|%-6s|%c", 17, "ab", 'z');
    printf("snprintf: [%s] len=%zu\n", buf, strlen(buf));
    return 3;
}
