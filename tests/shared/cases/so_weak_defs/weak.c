__attribute__((weak)) const char *hook(void) { return "lib's weak hook"; }
__attribute__((weak)) int config_value = 1;
__attribute__((weak)) int table_size = 16;
__attribute__((weak)) int weak_fn_unused(void) { return 5; }
const char *lib_call_hook(void) { return hook(); }
int lib_config(void) { return config_value; }
int lib_table_size(void) { return table_size; }
void *lib_hook_addr(void) { return (void *)hook; }
