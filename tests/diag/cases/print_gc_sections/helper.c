int helper(void) { return 0; }
int unused(void) { return 1; }
