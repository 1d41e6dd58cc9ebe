#include "ast.h"
#include <cstdio>
int main() {
    for (const char *src : {"1 + 2 * 3", "(1 + 2) * 3", "2.5 * 4 + x", "10", "1.5*(2+3)*2"}) {
        Expr e = parse(src);
        auto v = eval(e);
        std::printf("%-14s index %zu show %-22s = %s\n", src, e.index(), show(e).c_str(),
                    v ? std::to_string(*v).c_str() : "unbound");
    }
    Expr e = 5L;
    try {
        (void)std::get<std::string>(e);
    } catch (const std::bad_variant_access &) {
        std::printf("bad_variant_access\n");
    }
    std::variant<int, std::string> vs = "text";
    vs = 3;
    std::printf("holds int %d value %d\n", std::holds_alternative<int>(vs), std::get<int>(vs));
    return 0;
}
