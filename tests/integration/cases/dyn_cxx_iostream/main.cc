#include <iomanip>
#include <iostream>
#include <locale>
#include <sstream>
#include <string>
#include <vector>
struct Point { int x, y; };
std::ostream &operator<<(std::ostream &os, const Point &p) { return os << '(' << p.x << ", " << p.y << ')'; }
int main()
{
    std::cout << "hello iostream " << 42 << ' ' << 3.5 << ' ' << Point{1, -2} << std::endl;
    std::cout << std::hex << 255 << ' ' << std::showbase << 255 << std::dec << std::noshowbase << '\n';
    std::cout << '[' << std::setw(8) << std::setfill('.') << 77 << "] [" << std::left << std::setw(6) << "ab" << "]\n"
              << std::right << std::setfill(' ');
    std::cout << std::fixed << std::setprecision(3) << 3.14159265 << ' ' << std::scientific << 12345.678 << '\n';
    std::cout << std::defaultfloat << std::boolalpha << true << ' ' << false << std::noboolalpha << '\n';
    std::istringstream in("alpha 12\nbeta 34\ngamma 56\n");
    std::string line;
    int total = 0;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string w;
        int n;
        ls >> w >> n;
        total += n;
        std::cout << w.size() << ':' << w << ' ';
    }
    std::cout << "total=" << total << '\n';
    std::ostringstream os;
    os.imbue(std::locale::classic());
    os << std::vector<int>{1, 2, 3}.size() << '|' << 1e6;
    std::cout << os.str() << '\n';
    std::wostringstream ws;
    ws << L"wide " << 12;
    std::cout << "wide length " << ws.str().size() << '\n';
    std::cerr << "to cerr " << 1 << std::endl;
    std::clog << "to clog " << 2 << std::endl;
    return 0;
}
