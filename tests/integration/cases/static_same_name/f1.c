static int helper(int x) { return x * 1 + 1; }
static int state = 100;
static const char name[] = "file1";
__attribute__((noinline)) static int counter(void) { return ++state; }
int api_1(int x) { counter(); return helper(x) + state; }
const char *name_1(void) { return name; }
void *helper_addr_1(void) { return (void *)helper; }
