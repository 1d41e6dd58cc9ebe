int shared_name(void) { return 1; }              /* also defined in the executable */
int shared_var = 10;                             /* also defined in the executable */
int lib_only(void) { return 3; }
int lib_calls_shared_name(void) { return shared_name(); }   /* via the PLT: interposable */
int lib_reads_shared_var(void) { return shared_var; }       /* via the GOT */
int (*lib_shared_name_addr(void))(void) { return shared_name; }
int *lib_shared_var_addr(void) { return &shared_var; }
