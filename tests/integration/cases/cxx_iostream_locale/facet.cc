#include <locale>
#include <string>

// A numpunct facet with ',' grouping every 3 digits and '_' as the separator.
struct Underscores : std::numpunct<char> {
    char do_thousands_sep() const override { return '_'; }
    std::string do_grouping() const override { return "\3"; }
    char do_decimal_point() const override { return ','; }
    std::string do_truename() const override { return "YES"; }
    std::string do_falsename() const override { return "NO"; }
};

std::locale make_underscore_locale() {
    return std::locale(std::locale::classic(), new Underscores);
}
