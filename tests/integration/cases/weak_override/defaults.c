#include <stdio.h>
/* Weak defaults; some are overridden by strong definitions in strong.c. */
__attribute__((weak)) int overridden_var = 1;
__attribute__((weak)) int kept_var = 2;
__attribute__((weak)) const char *who_a(void) { return "weak who_a"; }
__attribute__((weak)) const char *who_b(void) { return "weak who_b"; }
int weak_var_from_defaults(void) { return overridden_var * 100 + kept_var; }
const char *call_a_from_defaults(void) { return who_a(); }
