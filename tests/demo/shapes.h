struct shape {
  const char *kind;
  double size;
};
double shape_area(const struct shape *s);
double total_area(const struct shape *s, int n);
int shapes_counted(void);
double square(double x);
