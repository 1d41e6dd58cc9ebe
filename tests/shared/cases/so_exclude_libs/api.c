int helper_fn(int);
int keep_fn(int);
extern int helper_counter;
int api_compute(int x) { return helper_fn(x) + keep_fn(x); }
int api_counter(void) { return helper_counter; }
