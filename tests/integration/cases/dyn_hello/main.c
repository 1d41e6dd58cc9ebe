#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv)
{
    (void)argv;
    printf("hello from a dynamic program, argc=%d\n", argc);
    puts("puts works");
    fprintf(stderr, "to stderr: %s\n", "ok");
    char buf[32];
    snprintf(buf, sizeof buf, "%05d|%-4s|%x", 42, "ab", 255);
    printf("%s len=%zu\n", buf, strlen(buf));
    exit(3);
}
