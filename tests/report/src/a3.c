/* never referenced: must not be extracted */
int a3_fn(int x) { return x + 3; }
