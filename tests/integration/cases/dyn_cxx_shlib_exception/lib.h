#include <stdexcept>
#include <string>
struct LibError : std::runtime_error {
    int code;
    LibError(const std::string &m, int c) : std::runtime_error(m), code(c) {}
    ~LibError() override;
};
void lib_throw(int kind);
int lib_call_through(void (*cb)(int), int x);
