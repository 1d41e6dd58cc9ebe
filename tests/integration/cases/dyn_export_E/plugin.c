extern int global_var;
int global_func(int x);
int plugin_run(void) { global_var += 5; return global_func(global_var); }
