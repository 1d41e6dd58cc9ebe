int compute(int x) { return x * x; }
int compute_from_same_file(int x) { return compute(x); }   /* defined here: not wrapped */
