int lib_compute(int x) { return x * x; }
int lib_calls_compute(int x) { return lib_compute(x) + 1; }   /* not wrapped: inside the library */
