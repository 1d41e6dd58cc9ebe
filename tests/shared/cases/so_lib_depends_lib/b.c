int prog_hook(int);
int b_counter = 500;
const char *shared_name(void) { return "from-libB"; }
const char *b_which(void) { return shared_name(); }
int b_compute(int x) { b_counter++; return prog_hook(x) + 1; }
