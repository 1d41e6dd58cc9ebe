const char *v_where(void) { return WHERE; }
