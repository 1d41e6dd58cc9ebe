#include <stdexcept>
#include <string>
namespace exc {
struct LibError : std::exception {
    int code;
    explicit LibError(int c) : code(c) {}
    const char *what() const noexcept override;
};
struct DerivedError : LibError {
    explicit DerivedError(int c) : LibError(c) {}
    const char *what() const noexcept override;
};
void throw_lib(int code);          // throws LibError, or DerivedError if code < 0
void throw_std(const std::string &msg);   // throws std::runtime_error
void throw_int(int v);             // throws int
int call_cb(void (*cb)(int), int v); // calls cb(v); lets what it throws through
int internal_catch(int v);         // throws and catches inside the library
}
