#include <iomanip>
#include <sstream>
#include <string>

std::string fmt_table(const std::locale &loc) {
    std::ostringstream os;
    os.imbue(loc);
    os << std::boolalpha << true << ' ' << false << '\n';
    os << 1234567 << ' ' << -9876543210LL << '\n';
    os << std::fixed << std::setprecision(3) << 1234567.891 << '\n';
    os << std::scientific << std::setprecision(2) << 0.000123 << '\n';
    os.unsetf(std::ios::floatfield);
    os << std::hex << std::showbase << 255 << ' ' << std::oct << 8 << std::dec << '\n';
    os << '[' << std::setw(10) << std::left << "left" << ']'
       << '[' << std::setw(10) << std::right << std::setfill('*') << 42 << ']' << '\n';
    return os.str();
}

long parse_grouped(const std::locale &loc, const std::string &s) {
    std::istringstream is(s);
    is.imbue(loc);
    long v = -1;
    is >> v;
    return is.fail() ? -1 : v;
}
