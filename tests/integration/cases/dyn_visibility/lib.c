__attribute__((visibility("protected"))) int prot_fn(void) { return 1; }
int def_fn(void) { return 1; }
__attribute__((visibility("hidden"))) int hid_fn(void) { return 1; }
int lib_calls(void) { return prot_fn() * 100 + def_fn() * 10 + hid_fn(); }
__attribute__((visibility("protected"))) int prot_counter = 5;
int lib_bump_prot(void) { return ++prot_counter; }
