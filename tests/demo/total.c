#include "shapes.h"
double total_area(const struct shape *s, int n) {
  double t = 0;
  for (int i = 0; i < n; i++) t += shape_area(&s[i]);
  return t;
}
