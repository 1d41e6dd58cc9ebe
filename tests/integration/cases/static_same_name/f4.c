static int helper(int x) { return x * 4 + 4; }
static int state = 400;
static const char name[] = "file4";
__attribute__((noinline)) static int counter(void) { return ++state; }
int api_4(int x) { counter(); return helper(x) + state; }
const char *name_4(void) { return name; }
void *helper_addr_4(void) { return (void *)helper; }
