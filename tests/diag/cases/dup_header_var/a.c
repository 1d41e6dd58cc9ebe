#include "config.h"
int get(void) { return verbosity; }
