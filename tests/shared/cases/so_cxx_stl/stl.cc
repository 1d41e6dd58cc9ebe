#include "stl.h"
namespace stl {
std::vector<std::string> split(const std::string &s, char sep) {
    std::vector<std::string> out;
    std::string::size_type start = 0, pos;
    do {
        pos = s.find(sep, start);
        std::string w = s.substr(start, pos == std::string::npos ? pos : pos - start);
        if (!w.empty()) out.push_back(w);
        start = pos + 1;
    } while (pos != std::string::npos);
    return out;
}
std::map<std::string, int> count_words(const std::vector<std::string> &words) {
    std::map<std::string, int> m;
    for (const auto &w : words) ++m[w];
    lib_log() += "counted " + std::to_string(words.size()) + ";";
    return m;
}
std::string join(const std::vector<std::string> &v, const std::string &sep) {
    std::string r;
    for (size_t i = 0; i < v.size(); ++i) { if (i) r += sep; r += v[i]; }
    return r;
}
void dump(std::ostream &os, const std::map<std::string, int> &m) {
    for (const auto &kv : m) os << "  " << kv.first << " = " << kv.second << '\n';
    os << "  (" << m.size() << " keys)" << std::endl;
}
std::vector<int> *make_squares(int n) {
    auto *v = new std::vector<int>;
    for (int i = 1; i <= n; ++i) v->push_back(i * i);
    return v;
}
void apply(std::vector<int> &v, int (*f)(int, void *), void *arg) { for (int &x : v) x = f(x, arg); }
std::string &lib_log() { static std::string s = "log:"; return s; }
}
