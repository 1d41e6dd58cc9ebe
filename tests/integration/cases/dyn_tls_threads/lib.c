__thread int lib_counter = 1000;
__thread char lib_name[16] = "initial";
__thread long lib_big[512];          /* .tbss */
int *lib_counter_addr(void) { return &lib_counter; }
void lib_add(int n) { lib_counter += n; lib_big[511] += n; }
long lib_big_last(void) { return lib_big[511]; }
