extern int missing_fn(void);
int use(void) { return missing_fn(); }
