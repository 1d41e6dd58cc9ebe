#include <string.h>
#include "shapes.h"
static int counted;
double shape_area(const struct shape *s) {
  counted++;
  if (!strcmp(s->kind, "square")) return square(s->size);
  if (!strcmp(s->kind, "circle")) return 3.14159265358979 * square(s->size);
  return 0.4330127018922193 * square(s->size); /* equilateral triangle */
}
int shapes_counted(void) { return counted; }
