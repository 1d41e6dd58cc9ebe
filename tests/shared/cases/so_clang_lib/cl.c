#include <stdarg.h>
#include <stdio.h>
int cl_counter = 7;
__thread int cl_tls = 100;
static char init_log[64];
static int nlog;
__attribute__((constructor(200))) static void c200(void) { init_log[nlog++] = 'B'; }
__attribute__((constructor(101))) static void c101(void) { init_log[nlog++] = 'A'; }
__attribute__((constructor)) static void cdef(void) { init_log[nlog++] = 'C'; }
const char *cl_init_log(void) { return init_log; }

const char *cl_day(int d) {
    switch (d) {   /* dense switch: a jump table */
    case 0: return "sun"; case 1: return "mon"; case 2: return "tue"; case 3: return "wed";
    case 4: return "thu"; case 5: return "fri"; case 6: return "sat"; default: return "?";
    }
}
int cl_sum(int n, ...) {
    va_list ap;
    int s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
const char *cl_name(void) { return "lib cl_name"; }   /* interposed by the program */
const char *cl_call_name(void) { return cl_name(); }   /* clang binds this call locally */
const char *(*cl_name_ptr(void))(void) { return cl_name; }  /* the address goes through the GOT */
int cl_tls_bump(void) { return ++cl_tls; }
int *cl_tls_addr(void) { return &cl_tls; }
int cl_apply(int (*f)(int), int x) { cl_counter++; return f(x) + cl_counter; }
