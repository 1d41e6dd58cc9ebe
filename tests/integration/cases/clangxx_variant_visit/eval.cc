#include "ast.h"
#include <cstdio>
template <class... F> struct overloaded : F... { using F::operator()...; };
template <class... F> overloaded(F...) -> overloaded<F...>;

std::string show(const Expr &e) {
    return std::visit(overloaded{
        [](long v) { return std::to_string(v); },
        [](double v) { char b[32]; std::snprintf(b, sizeof b, "%.2f", v); return std::string(b); },
        [](const std::string &v) { return "$" + v; },
        [](const std::shared_ptr<Add> &a) { return "(" + show(a->l) + " + " + show(a->r) + ")"; },
        [](const std::shared_ptr<Mul> &m) { return show(m->l) + "*" + show(m->r); },
    }, e);
}

std::optional<double> eval(const Expr &e) {
    if (auto p = std::get_if<long>(&e)) return (double)*p;
    if (auto p = std::get_if<double>(&e)) return *p;
    if (std::holds_alternative<std::string>(e)) return std::nullopt;
    return std::visit([](auto &&n) -> std::optional<double> {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, std::shared_ptr<Add>> || std::is_same_v<T, std::shared_ptr<Mul>>) {
            auto l = eval(n->l), r = eval(n->r);
            if (!l || !r) return std::nullopt;
            return std::is_same_v<T, std::shared_ptr<Add>> ? *l + *r : *l * *r;
        } else {
            return std::nullopt;
        }
    }, e);
}
