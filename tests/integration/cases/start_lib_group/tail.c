int late_fn(void);
int tail_fn(void) { return late_fn(); }
