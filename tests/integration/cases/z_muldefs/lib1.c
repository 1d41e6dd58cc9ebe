int shared_fn(void) { return 1; }
int from_lib1(void) { return 100 + shared_fn(); }
