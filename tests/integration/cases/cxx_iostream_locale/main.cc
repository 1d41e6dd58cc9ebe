#include <cstdio>
#include <iostream>
#include <locale>
#include <sstream>
#include <string>

std::locale make_underscore_locale();
std::string fmt_table(const std::locale &loc);
long parse_grouped(const std::locale &loc, const std::string &s);

int main() {
    std::ios::sync_with_stdio(true);
    std::cout << "classic name: " << std::locale::classic().name() << '\n';
    std::cout << "global == classic: " << (std::locale() == std::locale::classic()) << '\n';
    std::cout << "--- classic\n" << fmt_table(std::locale::classic());
    std::locale u = make_underscore_locale();
    std::cout << "--- underscores\n" << fmt_table(u);
    std::cout << "has numpunct: " << std::has_facet<std::numpunct<char>>(u) << '\n';
    std::cout << "parse classic 12345: " << parse_grouped(std::locale::classic(), "12345") << '\n';
    std::cout << "parse grouped 12_345_678: " << parse_grouped(u, "12_345_678") << '\n';

    std::cout.imbue(u);
    std::cout << "cout imbued: " << 31415926 << ' ' << 2.5 << '\n';
    std::cout.imbue(std::locale::classic());

    const std::ctype<char> &ct = std::use_facet<std::ctype<char>>(std::locale::classic());
    std::string s = "Mixed Case 123";
    ct.toupper(&s[0], &s[0] + s.size());
    std::cout << "toupper: " << s << '\n';

    std::wostringstream ws;
    ws << L"wide " << 12 << L' ' << 3.25;
    std::wstring w = ws.str();
    std::cout << "wide length " << w.size() << '\n';

    std::cerr << "to cerr\n";
    std::clog << "to clog\n";
    std::printf("printf interleaved\n");
    std::cout << std::flush;
    int n = 0;
    std::string word;
    std::istringstream in("alpha 7 beta");
    in >> word >> n;
    std::cout << "read " << word << ' ' << n << std::endl;
    return 0;
}
