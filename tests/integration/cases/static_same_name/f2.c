static int helper(int x) { return x * 2 + 2; }
static int state = 200;
static const char name[] = "file2";
__attribute__((noinline)) static int counter(void) { return ++state; }
int api_2(int x) { counter(); return helper(x) + state; }
const char *name_2(void) { return name; }
void *helper_addr_2(void) { return (void *)helper; }
