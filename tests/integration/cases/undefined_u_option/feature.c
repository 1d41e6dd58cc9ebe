#include <stdio.h>
int feature_enabled;
void force_feature(void) {}
__attribute__((constructor)) static void feature_ctor(void) { feature_enabled = 1; puts("feature ctor ran"); }
