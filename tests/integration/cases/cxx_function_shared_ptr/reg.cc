#include "reg.h"
#include <map>
#include <stdexcept>
static std::map<std::string, Handler> &table() { static std::map<std::string, Handler> t; return t; }
void add_handler(const std::string &name, Handler h) { table()[name] = std::move(h); }
int dispatch(const std::string &name, int arg) {
    auto it = table().find(name);
    if (it == table().end()) throw std::out_of_range("no handler " + name);
    return it->second(arg);
}
