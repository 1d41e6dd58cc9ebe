#include "ast.h"
#include <cctype>
// tiny recursive-descent parser: sum := prod ('+' prod)*; prod := atom ('*' atom)*
namespace {
struct P {
    const std::string &s; size_t i = 0;
    void ws() { while (i < s.size() && s[i] == ' ') i++; }
    Expr atom() {
        ws();
        if (s[i] == '(') { i++; Expr e = sum(); ws(); i++; return e; }
        size_t st = i;
        if (std::isalpha((unsigned char)s[i])) {
            while (i < s.size() && std::isalnum((unsigned char)s[i])) i++;
            return s.substr(st, i - st);
        }
        bool dot = false;
        while (i < s.size() && (std::isdigit((unsigned char)s[i]) || s[i] == '.')) dot |= s[i++] == '.';
        std::string num = s.substr(st, i - st);
        if (dot) return std::stod(num);
        return std::stol(num);
    }
    Expr prod() {
        Expr e = atom();
        for (ws(); i < s.size() && s[i] == '*'; ws()) { i++; e = std::make_shared<Mul>(Mul{e, atom()}); }
        return e;
    }
    Expr sum() {
        Expr e = prod();
        for (ws(); i < s.size() && s[i] == '+'; ws()) { i++; e = std::make_shared<Add>(Add{e, prod()}); }
        return e;
    }
};
}
Expr parse(const std::string &s) { P p{s}; return p.sum(); }
