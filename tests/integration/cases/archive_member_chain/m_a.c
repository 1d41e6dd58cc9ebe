int step_b(int);
int step_a(int x) { return step_b(x + 1) * 2; }
