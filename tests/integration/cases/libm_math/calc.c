#include <math.h>
double f1(double x) { return sin(x) * cos(x) + sqrt(x); }
double f2(double x) { return exp(x) - log(x + 1.0) + pow(x, 2.5); }
float f3(float x) { return sinf(x) + atan2f(x, 1.0f) + cbrtf(x); }
double f4(double x) { return tgamma(x) + lgamma(x) + erf(x) + hypot(x, 3.0) + fmod(x * 10, 3.0); }
