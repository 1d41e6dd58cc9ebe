#include <string.h>

int a2_fn(int x);
int a1_data = 2;

int a1_fn(int x) {
  const char *s = "a merged string literal from a1";
  return a2_fn(x) + a1_data + (int)(strlen(s) - strlen(s));
}
