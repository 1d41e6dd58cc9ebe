#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

struct Tally { static int n; };
int checked_div(int a, int b);
long sum_divs(const std::vector<int> &num, const std::vector<int> &den);
int parse_int(const std::string &s);

static int try_parse(const char *s) {
    try {
        return parse_int(s);
    } catch (const std::out_of_range &) {
        std::printf("  '%s': out of range\n", s);
    } catch (const std::invalid_argument &e) {
        std::printf("  '%s': invalid (%s)\n", s, e.what());
    }
    return -1;
}

int main() {
    std::vector<int> num{10, 20, 30, 40}, den{1, 2, 3, 4};
    long s0 = sum_divs(num, den);
    std::printf("sum %ld tally %d\n", s0, Tally::n);
    den[2] = 0;
    try {
        sum_divs(num, den);
    } catch (const std::exception &e) {
        std::printf("caught: %s, tally %d\n", e.what(), Tally::n);
    }
    long total = 0;
    for (int i = 0; i < 1000; i++) {
        try {
            total += checked_div(i, i % 10);
        } catch (const std::domain_error &) {
            total -= 1000;
        }
    }
    std::printf("loop total %ld tally %d\n", total, Tally::n);
    for (const char *s : {"123", "-77", "99999999999", "12abc", "abc"})
        std::printf("parse %s -> %d\n", s, try_parse(s));
    return 0;
}
