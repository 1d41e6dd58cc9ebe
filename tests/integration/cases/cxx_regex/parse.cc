#include <cstdio>
#include <map>
#include <regex>
#include <string>
#include <vector>

// All <regex> use is in this one translation unit (it is slow to compile).
std::map<std::string, std::string> parse_kv(const std::string &s) {
    static const std::regex kv(R"((\w+)\s*=\s*("[^"]*"|[^;\s]+))");
    std::map<std::string, std::string> out;
    for (std::sregex_iterator it(s.begin(), s.end(), kv), end; it != end; ++it)
        out[(*it)[1]] = (*it)[2];
    return out;
}

std::vector<std::string> split_ws(const std::string &s) {
    std::regex ws("\\s+");
    std::vector<std::string> out(std::sregex_token_iterator(s.begin(), s.end(), ws, -1),
                                 std::sregex_token_iterator());
    return out;
}

void regex_misc() {
    std::regex date(R"((\d{4})-(\d{2})-(\d{2}))");
    std::smatch m;
    std::string text = "released 2024-02-29, patched 2024-03-01";
    if (std::regex_search(text, m, date))
        std::printf("first date y=%s m=%s d=%s prefix='%s'\n", m[1].str().c_str(),
                    m[2].str().c_str(), m[3].str().c_str(), m.prefix().str().c_str());
    std::printf("replaced: %s\n", std::regex_replace(text, date, "$3/$2/$1").c_str());

    std::regex ci("hello", std::regex::icase);
    std::printf("icase match: %d\n", std::regex_match(std::string("HeLLo"), ci));
    std::regex ere("a(b|c)+d", std::regex::extended);
    std::printf("ere: %d %d\n", std::regex_match(std::string("abcbcd"), ere),
                std::regex_match(std::string("ad"), ere));
    std::regex email(R"(^[\w.+-]+@[\w-]+(\.[\w-]+)+$)");
    for (const char *e : {"a.b@example.com", "bad@", "x+y@sub.domain.org"})
        std::printf("email %s: %d\n", e, std::regex_match(std::string(e), email));
}

void regex_error_demo() {
    try {
        std::regex bad("(unclosed");
    } catch (const std::regex_error &e) {
        std::printf("regex_error code paren=%d\n", e.code() == std::regex_constants::error_paren);
    }
}
