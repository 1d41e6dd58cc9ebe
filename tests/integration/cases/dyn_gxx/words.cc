#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>
std::map<std::string, int> count_words(const std::string &text)
{
    std::istringstream in(text);
    std::map<std::string, int> m;
    std::string w;
    while (in >> w) {
        std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
        if (w == "error") throw std::runtime_error("the word 'error' is not allowed");
        m[w]++;
    }
    return m;
}
std::vector<std::string> top_words(const std::map<std::string, int> &m, size_t n)
{
    std::vector<std::pair<std::string, int>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](auto &a, auto &b) { return a.second > b.second; });
    std::vector<std::string> out;
    for (size_t i = 0; i < v.size() && i < n; i++) out.push_back(v[i].first + "=" + std::to_string(v[i].second));
    return out;
}
