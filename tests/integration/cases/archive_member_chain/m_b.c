int step_c(int);
int step_b(int x) { return step_c(x * 3) + 1; }
