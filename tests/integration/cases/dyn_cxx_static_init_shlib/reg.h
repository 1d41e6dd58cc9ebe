#include <string>
#include <vector>
struct Registry {
    std::vector<std::string> names;
    bool ready;
    Registry();
    ~Registry();
};
Registry &registry();
void reg_add(const std::string &n);
