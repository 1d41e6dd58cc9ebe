#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <typeinfo>
struct Err : std::exception {
    int code;
    explicit Err(int c) : code(c) {}
    const char *what() const noexcept override { return "Err"; }
};
struct Base { virtual ~Base() {} virtual std::string name() const { return "Base"; } };
struct Derived : Base { std::string name() const override { return "Derived"; } };
struct Global {
    Global() { std::cout << "global constructor" << std::endl; }
    ~Global() { std::cout << "global destructor" << std::endl; }
} global;
static void thrower(int k) {
    if (k == 1) throw std::runtime_error("runtime failure");
    if (k == 2) throw Err(42);
    if (k == 3) throw 7;
}
static void rethrower(void (*f)(int), int k) {
    try { f(k); } catch (...) { std::cout << "  rethrowing" << std::endl; throw; }
}
int main() {
    for (int k = 0; k <= 3; k++) {
        try {
            rethrower(thrower, k);
            std::cout << "k=" << k << ": no exception" << std::endl;
        } catch (const std::runtime_error &e) {
            std::cout << "k=" << k << ": runtime_error: " << e.what() << std::endl;
        } catch (const Err &e) {
            std::cout << "k=" << k << ": " << e.what() << " code " << e.code << std::endl;
        } catch (int v) {
            std::cout << "k=" << k << ": int " << v << std::endl;
        }
    }
    Base *b = new Derived;
    std::cout << b->name() << ", dynamic_cast ok: " << (dynamic_cast<Derived *>(b) != nullptr)
              << ", typeid matches: " << (typeid(*b) == typeid(Derived)) << std::endl;
    delete b;
    std::map<std::string, int> m{{"one", 1}, {"two", 2}, {"three", 3}};
    for (const auto &kv : m) std::cout << kv.first << "=" << kv.second << " ";
    std::cout << std::endl;
    try { m.at("four"); } catch (const std::out_of_range &) { std::cout << "map::at threw out_of_range" << std::endl; }
    return 0;
}
