#include <string>
// inline function with a local static: the guard variable and the object
// are COMDAT, shared by every object using it
inline std::string &shared_name() {
    static std::string s = std::string("shared-") + std::to_string(42);
    return s;
}
std::string *name_from_more() { return &shared_name(); }
