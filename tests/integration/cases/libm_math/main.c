#include <math.h>
#include <stdio.h>
double f1(double), f2(double), f4(double);
float f3(float);
int main(void)
{
    volatile double xs[] = { 0.5, 1.0, 2.25, 3.75 };
    for (int i = 0; i < 4; i++)
        printf("x=%.2f f1=%.12f f2=%.12f f3=%.6f f4=%.12f\n", xs[i], f1(xs[i]), f2(xs[i]), f3((float)xs[i]), f4(xs[i]));
    volatile double neg = -1.0;
    printf("floor=%.1f ceil=%.1f round=%.1f trunc=%.1f nan=%d inf=%d\n",
           floor(2.7), ceil(2.1), round(-2.5), trunc(-2.7), isnan(sqrt(neg)), isinf(1.0 / (neg + 1.0)));
    return 0;
}
