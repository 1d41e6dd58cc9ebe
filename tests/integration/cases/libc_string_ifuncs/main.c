#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(void)
{
    size_t n = 1 << 16;
    char *a = malloc(n + 64), *b = malloc(n + 64);
    for (size_t i = 0; i < n; i++) a[i] = (char)('a' + i % 26);
    a[n] = 0;
    memcpy(b, a, n + 1);
    memmove(b + 1, b, 1000);
    printf("strlen=%zu memcmp=%d strcmp=%d\n", strlen(a), memcmp(a, b, n) != 0, strcmp(a + 2000, b + 2000));
    printf("strchr=%ld strrchr=%ld memchr=%ld strstr=%ld\n", (long)(strchr(a, 'q') - a), (long)(strrchr(a, 'q') - a),
           (long)((char *)memchr(a, 'z', n) - a), (long)(strstr(a, "xyzab") - a));
    memset(b, 'x', n);
    b[n] = 0;
    printf("strspn=%zu strcspn=%zu strnlen=%zu\n", strspn(b, "x"), strcspn(a, "m"), strnlen(a, 123));
    char buf[32]; strncpy(buf, "hello", sizeof buf); strcat(buf, " there");
    printf("%s %d\n", buf, strcasecmp("ABC", "abc"));
    printf("stpcpy end offset %ld\n", (long)(stpcpy(buf, "stp") - buf));
    wchar_t w[] = L"wide string";
    printf("wcslen=%zu wmemchr=%d\n", wcslen(w), wmemchr(w, L's', 11) == &w[5]);
    free(a); free(b);
    return 0;
}
