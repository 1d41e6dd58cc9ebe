static int helper(int x) { return x * 3 + 3; }
static int state = 300;
static const char name[] = "file3";
__attribute__((noinline)) static int counter(void) { return ++state; }
int api_3(int x) { counter(); return helper(x) + state; }
const char *name_3(void) { return name; }
void *helper_addr_3(void) { return (void *)helper; }
