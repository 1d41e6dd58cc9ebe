int late_fn(void) { return 7; }
