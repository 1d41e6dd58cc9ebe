/* Horner evaluation, called from Fortran through bind(C) */
double c_poly(double x, const double *coef, int n) {
    double r = 0;
    for (int i = n - 1; i >= 0; i--) r = r * x + coef[i];
    return r;
}
