#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct item { char name[12]; int score; };
static int by_score(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    return x->score != y->score ? (x->score < y->score ? -1 : 1) : strcmp(x->name, y->name);
}
static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static char *fmt(char *buf, size_t n, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    vsnprintf(buf, n, f, ap);
    va_end(ap);
    return buf;
}
static void bye1(void) { puts("atexit: bye1"); }
static void bye2(void) { printf("atexit: bye2 (registered second, runs first)\n"); }
int main(void)
{
    atexit(bye1);
    atexit(bye2);
    struct item items[] = {{"delta", 4}, {"alpha", 9}, {"carol", 4}, {"bravo", 1}, {"echo", 9}};
    qsort(items, 5, sizeof items[0], by_score);
    for (int i = 0; i < 5; i++) printf("%s:%d ", items[i].name, items[i].score);
    putchar('\n');
    int nums[64];
    for (int i = 0; i < 64; i++) nums[i] = (i * 37) % 64;
    qsort(nums, 64, sizeof nums[0], cmp_int);
    int key = 42, *hit = bsearch(&key, nums, 64, sizeof nums[0], cmp_int);
    printf("bsearch 42 -> index %td\n", hit ? hit - nums : -1);
    char buf[128];
    printf("%s\n", fmt(buf, sizeof buf, "[%8.3f|%-6s|%+d|%#o|%e]", 3.14159, "ab", 5, 8, 12345.678));
    char *end;
    double d = strtod("  -12.5e2xyz", &end);
    printf("strtod %.1f rest=%s strtol %ld strtoul %lu\n", d, end, strtol("-0x1f", 0, 16), strtoul("777", 0, 8));
    printf("getenv WELD_TEST_VAR=%s NOPE=%s\n", getenv("WELD_TEST_VAR"), getenv("NOPE_NOT_SET") ? "set" : "(null)");
    srand(12345);
    int r1 = rand(), r2 = rand();
    srand(12345);
    printf("rand repeatable: %d\n", r1 == rand() && r2 == rand());
    div_t q = div(47, 5);
    printf("div %d %d, abs %d, labs %ld\n", q.quot, q.rem, abs(-9), labs(-99L));
    char line[] = "one, two,,three ;four";
    char *save, *tok;
    int n = 0;
    for (tok = strtok_r(line, ", ;", &save); tok; tok = strtok_r(0, ", ;", &save)) printf("tok%d=%s ", n++, tok);
    putchar('\n');
    int a, b;
    char w[16];
    printf("sscanf=%d ", sscanf("10 20 word", "%d %d %15s", &a, &b, w));
    printf("%d %d %s\n", a, b, w);
    char s[32];
    strcpy(s, "Hello");
    strcat(s, ", World");
    memmove(s + 1, s, 5);
    for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
    printf("%s strlen=%zu strchr=%s strstr=%s\n", s, strlen(s), strchr(s, ','), strstr(s, "WOR"));
    snprintf(buf, sizeof buf, "%s-%05d", "snprintf", 42);
    fprintf(stdout, "%s\n", buf);
    return 0;
}
