#include <cstdio>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" void rust_sort_desc(int *p, size_t n);
extern "C" unsigned rust_checksum(const unsigned char *p, size_t n);

static int validate(const std::vector<int> &v) {
    for (size_t i = 1; i < v.size(); i++)
        if (v[i - 1] < v[i]) throw std::logic_error("not sorted at " + std::to_string(i));
    return (int)v.size();
}

extern "C" int cxx_entry(int n) {
    std::vector<int> v(n);
    for (int i = 0; i < n; i++) v[i] = (i * 7919) % 31;
    try {
        validate(v);
    } catch (const std::logic_error &e) {
        std::printf("C++: before sort: %s\n", e.what());
    }
    rust_sort_desc(v.data(), v.size());
    std::printf("C++: sorted by Rust:");
    for (int x : v) std::printf(" %d", x);
    std::printf("\n");
    std::string s = "from C++";
    std::printf("C++: checksum of '%s' %08x\n", s.c_str(),
                rust_checksum(reinterpret_cast<const unsigned char *>(s.data()), s.size()));
    return validate(v) + std::accumulate(v.begin(), v.end(), 0);
}
