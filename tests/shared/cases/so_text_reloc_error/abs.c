extern int ext_var;
int def_var = 3;
int *addr_of_ext(void) { return &ext_var; }   /* movl $ext_var, %eax */
int *addr_of_def(void) { return &def_var; }   /* movl $def_var, %eax */
