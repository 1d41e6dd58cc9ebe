#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>
std::map<std::string, int> count_words(const std::string &text);
std::vector<std::string> top_words(const std::map<std::string, int> &m, size_t n);
double total_area();
template <class T> T sum_all(const std::vector<T> &v) { T s{}; for (auto &x : v) s += x; return s; }
int main()
{
    auto m = count_words("the quick brown fox jumps over the lazy dog The fox");
    for (auto &s : top_words(m, 3)) std::printf("%s ", s.c_str());
    std::printf("\ndistinct=%zu area=%.1f sum=%d %s\n", m.size(), total_area(), sum_all(std::vector<int>{1, 2, 3}),
                sum_all(std::vector<std::string>{"a", "b", "c"}).c_str());
    try {
        count_words("no error here");
    } catch (const std::exception &e) {
        std::printf("caught: %s\n", e.what());
    }
    return 0;
}
