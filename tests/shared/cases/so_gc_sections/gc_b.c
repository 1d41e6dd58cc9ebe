/* A second object: more table entries, an exported caller, dead code. */
#define MARK(name) \
    static const char mark_##name[] = "@@GC:" #name "@@"; \
    __asm__ volatile("" :: "r"(mark_##name))
__attribute__((visibility("hidden"))) int b_helper(void) { MARK(b_helper); return 5; }
int exported_caller(void) { return b_helper() * 11; }

__attribute__((visibility("hidden"))) void b_dead(void) { MARK(b_dead); }
static __attribute__((constructor)) void b_ctor(void) { MARK(b_ctor); }
