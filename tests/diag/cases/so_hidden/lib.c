int visible(void) { return 1; }
__attribute__((visibility("hidden"))) int secret(void) { return 2; }
