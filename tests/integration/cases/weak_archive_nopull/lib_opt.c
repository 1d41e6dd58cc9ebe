#include <stdio.h>
void optional_feature(void) { puts("optional_feature from archive"); }
