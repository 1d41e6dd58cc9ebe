double poly_eval(const double *c, int n, double x)
{
    double r = 0;
    for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}
void poly_apply(void (*cb)(const int *, const double *), int n)
{
    for (int i = 1; i <= n; i++) { double v = i * 0.5; cb(&i, &v); }
}
