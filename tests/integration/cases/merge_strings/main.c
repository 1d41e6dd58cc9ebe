#include <stdio.h>
#include <string.h>
#define DECL(f) const char *f##_hello(void), *f##_own(void), *f##_common2(void), *f##_empty(void), *f##_suffix(void);
DECL(s1) DECL(s2) DECL(s3) DECL(s4)
int main(void)
{
    const char *h[4] = { s1_hello(), s2_hello(), s3_hello(), s4_hello() };
    const char *c[4] = { s1_common2(), s2_common2(), s3_common2(), s4_common2() };
    const char *o[4] = { s1_own(), s2_own(), s3_own(), s4_own() };
    const char *s[4] = { s1_suffix(), s2_suffix(), s3_suffix(), s4_suffix() };
    for (int i = 0; i < 4; i++)
        printf("%s | %s | %s | %s | [%s]\n", h[i], c[i], o[i], s[i], s1_empty());
    int eq = 1;
    for (int i = 1; i < 4; i++) eq &= (h[i] == h[0]) && (c[i] == c[0]) && (s[i] == s[0]);
    printf("identical literals merged across files: %d\n", eq);
    printf("distinct literals distinct: %d\n", o[0] != o[1] && strcmp(o[0], o[1]) != 0);
    printf("strlen: %zu %zu\n", strlen(h[0]), strlen(c[3]));
    return 0;
}
