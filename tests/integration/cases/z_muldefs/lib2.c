int shared_fn(void) { return 2; }
int from_lib2(void) { return 200; }
