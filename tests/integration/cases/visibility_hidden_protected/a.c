__attribute__((visibility("hidden"))) int hidden_var = 11;
__attribute__((visibility("protected"))) int protected_var = 22;
__attribute__((visibility("internal"))) int internal_fn(int x) { return x + 33; }
__attribute__((visibility("hidden"))) int hidden_fn(int x) { return x * 44; }
int default_fn(void) { return hidden_var + protected_var; }
