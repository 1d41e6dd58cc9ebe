#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

extern "C" void f_square_all(double *v, int n);    // Fortran

static double median(std::vector<double> v) {
    if (v.empty()) throw std::domain_error("median of nothing");
    std::sort(v.begin(), v.end());
    size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

extern "C" double cxx_median(const double *v, int n) {
    try {
        return median(std::vector<double>(v, v + n));
    } catch (const std::domain_error &e) {
        std::printf("C++ caught: %s\n", e.what());
        std::fflush(stdout);
        return -1;
    }
}

extern "C" void cxx_apply(int n) {
    std::vector<double> v(n);
    for (int i = 0; i < n; i++) v[i] = i + 0.5;
    f_square_all(v.data(), n);
    std::printf("C++ after Fortran squares:");
    for (double d : v) std::printf(" %.2f", d);
    std::printf("\n");
}
