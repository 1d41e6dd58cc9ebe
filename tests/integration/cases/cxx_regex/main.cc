#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

std::map<std::string, std::string> parse_kv(const std::string &s);
std::vector<std::string> split_ws(const std::string &s);
void regex_misc();
void regex_error_demo();

int main() {
    auto kv = parse_kv("name = weld; arch=x86_64 ;  desc=\"static linker\"; n=42");
    for (auto &p : kv) std::printf("%s -> %s\n", p.first.c_str(), p.second.c_str());
    for (auto &w : split_ws("the   quick\tbrown  fox")) std::printf("[%s]", w.c_str());
    std::printf("\n");
    regex_misc();
    try {
        regex_error_demo();
    } catch (const std::exception &e) {
        std::printf("unexpected: %s\n", e.what());
    }
    return 0;
}
