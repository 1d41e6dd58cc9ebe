#include <stdio.h>
#include <stdlib.h>
static void at_a(void) { printf("atexit a (registered in ctor 300)\n"); }
__attribute__((constructor(300))) static void ctor_a300(void) { printf("ctor a 300\n"); atexit(at_a); }
__attribute__((constructor(101))) static void ctor_a101(void) { printf("ctor a 101\n"); }
__attribute__((constructor)) static void ctor_a_default(void) { printf("ctor a default\n"); }
__attribute__((destructor(300))) static void dtor_a300(void) { printf("dtor a 300\n"); }
__attribute__((destructor)) static void dtor_a_default(void) { printf("dtor a default\n"); }
