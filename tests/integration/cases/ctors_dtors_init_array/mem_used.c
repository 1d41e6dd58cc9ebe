/* extracted (main calls mem_used_value): its .ctors/.dtors run */
void trace(const char *what);
static int value;
static void mu_ctor1(void) { trace("member .ctors[0]"); value += 1; }
static void mu_ctor2(void) { trace("member .ctors[1]"); value *= 10; }
__attribute__((section(".ctors"), used, aligned(8))) static void (*mu_ctors[])(void) = {mu_ctor1, mu_ctor2};
static void mu_dtor(void) { trace("member .dtors.00100"); }
__attribute__((section(".dtors.00100"), used, aligned(8))) static void (*mu_dtors[])(void) = {mu_dtor};
__attribute__((constructor(200))) static void mu_prio(void) { trace("member constructor(200)"); value = 4; }
int mem_used_value(void) { return value; }
