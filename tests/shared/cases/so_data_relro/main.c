#include <stdio.h>
#include <string.h>
#include "relro.h"
/* interposes the library's op_name, which its tables point to */
const char *op_name(void) { return "prog op_name"; }
int square(int);
int main(void) {
    char buf[512];
    int v = lib_run(buf, sizeof buf);
    printf("lib_run = %d: %s\n", v, buf);
    printf("colors (program's copy):");
    for (int i = 0; i < 5; i++) printf(" %s", colors[i]);
    printf("\n");
    const struct ops *o = ops_list[2];
    printf("ops_list[2]: %s apply(5)=%d label=%s len==strlen: %s apply==&square: %s\n", o->name,
           o->apply(5), o->label(), o->len == strlen ? "yes" : "NO", o->apply == square ? "yes" : "NO");
    printf("ops_list[0]->next->next == ops_list[2]: %s\n", ops_list[0]->next->next == ops_list[2] ? "yes" : "NO");
    return 0;
}
