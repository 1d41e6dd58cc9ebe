#include <stdio.h>
#include <string.h>

int lib_counter = 5;
const int lib_table[4] = { 1, 2, 3, 5 };
const char lib_greeting[] = "hello from libbasic";
static int calls;

int lib_add(int a, int b) { calls++; return a + b + lib_table[3]; }
int lib_calls(void) { return calls; }
const char *lib_name(void) { return lib_greeting; }
int lib_bump(void) { return ++lib_counter; }
void lib_print(const char *s) { printf("lib prints: %s (%zu chars)\n", s, strlen(s)); }
