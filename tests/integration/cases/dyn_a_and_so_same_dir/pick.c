const char *pick_from(void) { return FROM; }
