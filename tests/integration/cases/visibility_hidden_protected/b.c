extern __attribute__((visibility("hidden"))) int hidden_var;
extern int protected_var;
__attribute__((visibility("hidden"))) int hidden_fn(int);
__attribute__((visibility("internal"))) int internal_fn(int);
int use_all(void) { hidden_var++; protected_var++; return hidden_fn(1) + internal_fn(1) + hidden_var + protected_var; }
