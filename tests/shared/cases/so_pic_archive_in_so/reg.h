struct part { const char *name; int (*fn)(int); struct part *next; };
void part_register(struct part *p);
int util_scale(int x);
