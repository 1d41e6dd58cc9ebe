#include <map>
#include <ostream>
#include <string>
#include <vector>
namespace stl {
std::vector<std::string> split(const std::string &s, char sep);
std::map<std::string, int> count_words(const std::vector<std::string> &words);
std::string join(const std::vector<std::string> &v, const std::string &sep);
void dump(std::ostream &os, const std::map<std::string, int> &m);
std::vector<int> *make_squares(int n);           // program deletes it
void apply(std::vector<int> &v, int (*f)(int, void *), void *arg);
std::string &lib_log();                          // a library-owned string
}
