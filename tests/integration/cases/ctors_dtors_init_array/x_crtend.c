/* Named like crtend: GNU ld's script keeps this file's plain .ctors/.dtors
 * out of .init_array/.fini_array (EXCLUDE_FILE (... *crtend.o ...)), in
 * output sections .ctors/.dtors that nothing runs; its .ctors.N still sorts
 * into .init_array. */
void trace(const char *what);
static void x_ctor(void) { trace("x_crtend .ctors (never runs)"); }
__attribute__((section(".ctors"), used, aligned(8))) static void (*x_ctors[])(void) = {x_ctor, x_ctor};
static void x_dtor(void) { trace("x_crtend .dtors (never runs)"); }
__attribute__((section(".dtors"), used, aligned(8))) static void (*x_dtors[])(void) = {x_dtor};
static void x_prio(void) { trace("x_crtend .ctors.65335 (= priority 200)"); }
__attribute__((section(".ctors.65335"), used, aligned(8))) static void (*x_prio_ctors[])(void) = {x_prio};
