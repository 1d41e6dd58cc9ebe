extern int missing_got;
int *got_addr(void) { return &missing_got; } /* R_X86_64_REX_GOTPCRELX */
