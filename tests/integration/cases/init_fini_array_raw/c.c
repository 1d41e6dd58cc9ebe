#include <stdio.h>
static void pre1(void) { printf("preinit_array 1\n"); }
static void init1(void) { printf("init_array c.c 1\n"); }
static void init2(void) { printf("init_array c.c 2\n"); }
static void fini1(void) { printf("fini_array c.c 1\n"); }
static void fini2(void) { printf("fini_array c.c 2\n"); }
__attribute__((used, section(".preinit_array"))) static void (*const p_pre1)(void) = pre1;
/* single pointers: an array would get 16-byte alignment and padding holes */
__attribute__((used, section(".init_array"))) static void (*const p_init1)(void) = init1;
__attribute__((used, section(".init_array"))) static void (*const p_init2)(void) = init2;
__attribute__((used, section(".fini_array"))) static void (*const p_fini1)(void) = fini1;
__attribute__((used, section(".fini_array"))) static void (*const p_fini2)(void) = fini2;
