#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

struct Tally { static int n; int v; explicit Tally(int x) : v(x) {} ~Tally() { n += v; } };
int Tally::n;

// throw paths are cold: at -O2 gcc splits them into foo.cold in .text.unlikely
int checked_div(int a, int b) {
    Tally t(1);
    if (__builtin_expect(b == 0, 0))
        throw std::domain_error("division by zero: " + std::to_string(a) + "/0");
    return a / b;
}

long sum_divs(const std::vector<int> &num, const std::vector<int> &den) {
    Tally t(10);
    long s = 0;
    for (size_t i = 0; i < num.size(); i++) {
        std::string label = "item" + std::to_string(i);
        s += checked_div(num[i], den[i]) + (long)label.size();
    }
    return s;
}

int parse_int(const std::string &s) {
    size_t pos = 0;
    int v = std::stoi(s, &pos);        // throws invalid_argument / out_of_range
    if (pos != s.size()) throw std::invalid_argument("trailing junk in '" + s + "'");
    return v;
}
