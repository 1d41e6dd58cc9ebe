#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
int lib_open_missing(void) { return open("/nonexistent/weld/file", O_RDONLY); }
long lib_overflow(void) { errno = 0; return strtol("999999999999999999999999", 0, 10); }
void lib_set_errno(int e) { errno = e; }
int lib_get_errno(void) { return errno; }
const char *lib_strerror(int e) { return strerror(e); }
