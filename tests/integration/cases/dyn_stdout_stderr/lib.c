#include <stdio.h>
FILE *lib_stdout(void) { return stdout; }
FILE *lib_stderr(void) { return stderr; }
void lib_say(int i) { printf("lib stdout %d\n", i); fprintf(stderr, "lib stderr %d\n", i); }
