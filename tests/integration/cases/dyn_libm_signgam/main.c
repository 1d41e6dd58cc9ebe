#include <fenv.h>
#include <math.h>
#include <stdio.h>
int main(void)
{
    printf("sqrt %.6f cbrt %.6f exp %.6f log %.6f pow %.3f fmod %.3f\n", sqrt(2.0), cbrt(27.0), exp(1.0), log(10.0),
           pow(1.5, 3.0), fmod(10.5, 3.0));
    int e;
    double m = frexp(48.0, &e);
    printf("frexp %.4f*2^%d ldexp %.1f hypot %.1f atan2 %.6f\n", m, e, ldexp(0.75, 6), hypot(3, 4), atan2(1, 1));
    double lg = lgamma(-0.5);
    printf("lgamma(-0.5)=%.6f signgam=%d\n", lg, signgam);
    lg = lgamma(4.0);
    printf("lgamma(4)=%.6f signgam=%d\n", lg, signgam);
    fesetround(FE_UPWARD);
    double up = rint(2.1);
    fesetround(FE_DOWNWARD);
    double down = nearbyint(2.9);
    fesetround(FE_TONEAREST);
    printf("rint up %.1f nearbyint down %.1f nearest %.1f\n", up, down, rint(2.5));
    return 0;
}
