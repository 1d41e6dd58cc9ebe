#include <stdio.h>
#include <stdlib.h>

void trace(const char *what) { printf("%s\n", what); }

int mem_used_value(void);

static void at_exit_handler(void) { trace("atexit handler"); }

int main(void) {
    atexit(at_exit_handler);
    printf("main: %d\n", mem_used_value());
    return 0;
}
