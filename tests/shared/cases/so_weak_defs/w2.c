const char *pick(void) { return "libw2 (strong)"; }
const char *w2_pick(void) { return pick(); }
