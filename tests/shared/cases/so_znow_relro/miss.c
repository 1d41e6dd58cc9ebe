int weld_test_missing_fn(int);
int maybe_call_missing(int x) { return x ? weld_test_missing_fn(x) : 0; }
