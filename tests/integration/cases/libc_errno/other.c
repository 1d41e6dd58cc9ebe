#include <errno.h>
int *errno_addr_other(void) { return &errno; }
