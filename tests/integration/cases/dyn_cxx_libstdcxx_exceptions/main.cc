#include <any>
#include <bitset>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>
template <class F> static void attempt(const char *what, F f)
{
    try {
        f();
        std::printf("%s: no exception\n", what);
    } catch (const std::out_of_range &e) {
        std::printf("%s: out_of_range: %s\n", what, e.what());
    } catch (const std::invalid_argument &e) {
        std::printf("%s: invalid_argument: %s\n", what, e.what());
    } catch (const std::length_error &e) {
        std::printf("%s: length_error: %s\n", what, e.what());
    } catch (const std::logic_error &e) {
        std::printf("%s: logic_error: %s\n", what, e.what());
    } catch (const std::exception &e) {
        std::printf("%s: exception: %s\n", what, e.what());
    }
}
int main()
{
    std::vector<int> v{1, 2, 3};
    attempt("vector::at", [&] { (void)v.at(10); });
    attempt("stoi(abc)", [] { (void)std::stoi("abc"); });
    attempt("stoi(99999999999)", [] { (void)std::stoi("99999999999"); });
    attempt("stoi(42)", [] { std::printf("  stoi=%d\n", std::stoi("42")); });
    std::map<std::string, int> m{{"one", 1}};
    attempt("map::at", [&] { (void)m.at("two"); });
    attempt("substr", [] { (void)std::string("short").substr(10); });
    attempt("bitset", [] { (void)std::bitset<8>("10x01"); });
    attempt("any_cast", [] { std::any a = 5; (void)std::any_cast<std::string>(a); });
    attempt("optional", [] { std::optional<int> o; (void)o.value(); });
    attempt("function", [] { std::function<void()> f; f(); });
    attempt("reserve", [&] { v.reserve(v.max_size() + 1); });
    return 0;
}
