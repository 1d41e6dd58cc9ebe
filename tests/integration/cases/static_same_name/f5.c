static int helper(int x) { return x * 5 + 5; }
static int state = 500;
static const char name[] = "file5";
__attribute__((noinline)) static int counter(void) { return ++state; }
int api_5(int x) { counter(); return helper(x) + state; }
const char *name_5(void) { return name; }
void *helper_addr_5(void) { return (void *)helper; }
