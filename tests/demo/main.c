/* weld demo: a small program in three files plus a static archive. */
#include <stdio.h>
#include "shapes.h"

int main(void) {
  struct shape shapes[] = {{"square", 2.0}, {"circle", 1.5}, {"triangle", 3.0}};
  for (unsigned i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
    printf("%-8s side %.1f  area %7.3f\n", shapes[i].kind, shapes[i].size, shape_area(&shapes[i]));
  printf("total area %.3f, %d shapes counted by the library\n", total_area(shapes, 3), shapes_counted());
  return 0;
}
