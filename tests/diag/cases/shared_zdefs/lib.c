int missing_fn(void);
extern int missing_var;
int use(void) { return missing_fn() + missing_var; }
