#include <stdio.h>
void required_feature(void) { puts("required_feature from archive"); }
/* Weak reference from an extracted member: must not pull lib_opt either. */
extern void optional_feature(void) __attribute__((weak));
int opt_seen_by_member(void) { return optional_feature != 0; }
