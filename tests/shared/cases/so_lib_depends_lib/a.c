extern int b_counter;
int b_compute(int);
const char *b_which(void);
const char *shared_name(void) { return "from-libA"; }
int a_compute(int x) { return b_compute(x * 10) + b_counter; }
const char *a_which(void) { return b_which(); }
int *a_counter_addr(void) { return &b_counter; }
