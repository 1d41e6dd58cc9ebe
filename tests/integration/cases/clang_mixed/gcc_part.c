#include <stdio.h>
__thread int tls_from_gcc = 5;
int gcc_value = 7;
int clang_fn(int);
extern int clang_value;
extern __thread int tls_from_clang;
int gcc_fn(int x) { return x * gcc_value + clang_value + tls_from_clang; }
int gcc_calls_clang(int x) { return clang_fn(x) + 1; }
