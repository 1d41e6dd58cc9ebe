#include <stdio.h>
int pic_counter = 10;
static int pic_static = 3;
extern int nopic_counter;
extern const char nopic_name[];
int nopic_fn(int);
int pic_fn(int x) { pic_counter += x; return nopic_fn(x) + pic_static + nopic_counter; }
const char *pic_get_nopic_name(void) { return nopic_name; }
int *pic_addr_of_nopic_counter(void) { return &nopic_counter; }
