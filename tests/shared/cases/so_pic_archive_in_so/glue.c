int parts_count(void);
int parts_sum(int);
int extra_used(int);
int glue_report(int x) { return parts_count() * 1000000 + parts_sum(x) + extra_used(0); }
