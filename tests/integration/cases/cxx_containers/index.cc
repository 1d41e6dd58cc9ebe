#include <map>
#include <unordered_map>
#include <set>
#include <string>
#include <vector>
#include <cstdint>

// word frequency over a generated corpus, in both map kinds
static uint32_t lcg(uint32_t &s) { s = s * 1103515245u + 12345u; return (s >> 16) & 0x7fff; }

std::vector<std::string> corpus(int n) {
    static const char *syl[] = {"ka", "lo", "mi", "nu", "re", "sa", "to", "vi"};
    uint32_t s = 7;
    std::vector<std::string> out;
    for (int i = 0; i < n; i++) {
        std::string w;
        int len = 1 + lcg(s) % 3;
        for (int k = 0; k < len; k++) w += syl[lcg(s) % 8];
        out.push_back(w);
    }
    return out;
}

std::map<std::string, int> count_ordered(const std::vector<std::string> &ws) {
    std::map<std::string, int> m;
    for (auto &w : ws) m[w]++;
    return m;
}

std::unordered_map<std::string, int> count_hashed(const std::vector<std::string> &ws) {
    std::unordered_map<std::string, int> m;
    m.reserve(16);
    for (auto &w : ws) ++m[w];
    return m;
}

std::multimap<int, std::string> by_count(const std::map<std::string, int> &m) {
    std::multimap<int, std::string> r;
    for (auto &kv : m) r.emplace(kv.second, kv.first);
    return r;
}
