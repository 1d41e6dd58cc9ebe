#include <stdio.h>
__attribute__((constructor(200))) static void ctor_b200(void) { printf("ctor b 200\n"); }
__attribute__((constructor(102))) static void ctor_b102(void) { printf("ctor b 102\n"); }
__attribute__((constructor)) static void ctor_b_default(void) { printf("ctor b default\n"); }
__attribute__((destructor(101))) static void dtor_b101(void) { printf("dtor b 101\n"); }
__attribute__((destructor(200))) static void dtor_b200(void) { printf("dtor b 200\n"); }
__attribute__((destructor)) static void dtor_b_default(void) { printf("dtor b default\n"); }
