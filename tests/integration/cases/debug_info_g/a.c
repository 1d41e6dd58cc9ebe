#include <stdio.h>
struct point { int x, y; const char *label; };
static struct point pts[3] = { {1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"} };
int sum_points(void) { int s = 0; for (int i = 0; i < 3; i++) s += pts[i].x * pts[i].y; return s; }
