/* not extracted: nothing of it runs */
void trace(const char *what);
static void mn_ctor(void) { trace("unused member .ctors"); }
__attribute__((section(".ctors"), used, aligned(8))) static void (*mn_ctors[])(void) = {mn_ctor, mn_ctor};
__attribute__((constructor(101))) static void mn_prio(void) { trace("unused member constructor(101)"); }
int mem_unused_value(void) { return 1; }
