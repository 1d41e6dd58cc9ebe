#include <stdio.h>
#include <stdlib.h>
int main(void)
{
    const char *in[] = { "3.14159265358979", "-2.5e-3", "1e300", "0x1.8p1", "inf", "nan", "123abc", "  42.0" };
    for (unsigned i = 0; i < sizeof in / sizeof *in; i++) {
        char *end;
        double d = strtod(in[i], &end);
        printf("%-18s -> %.10g %e %a rest=[%s]\n", in[i], d, d, d, end);
    }
    printf("%.3f %10.4f %-10.2e| %g %g\n", 1.0 / 3, -2.0 / 7, 12345.678, 1e-10, 1e20);
    float f = strtof("0.1", 0);
    long double ld = strtold("1.000000000000000000001", 0);
    printf("float=%.9g longdouble=%.21Lg\n", f, ld);
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", 0.1 + 0.2);
    printf("0.1+0.2=%s atof=%g strtol=%ld strtoul=%lu\n", buf, atof("6.02e23"), strtol("-0x1f", 0, 16), strtoul("777", 0, 8));
    return 0;
}
