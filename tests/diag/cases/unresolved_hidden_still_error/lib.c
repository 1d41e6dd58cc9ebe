extern int missing_fn(void);
__attribute__((visibility("hidden"))) extern int missing_hidden(void);
int use(void) { return missing_fn() + missing_hidden(); }
