int hook(void) { return 1; }
int hook_data = 100;

int lib_call_hook(void) { return hook(); }
int lib_read_data(void) { return hook_data; }
int (*lib_hook_addr(void))(void) { return hook; }
int *lib_data_addr(void) { return &hook_data; }
