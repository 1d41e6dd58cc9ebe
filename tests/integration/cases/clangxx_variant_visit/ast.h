#pragma once
#include <memory>
#include <string>
#include <variant>
#include <vector>
#include <optional>
struct Add; struct Mul;
using Expr = std::variant<long, double, std::string, std::shared_ptr<Add>, std::shared_ptr<Mul>>;
struct Add { Expr l, r; };
struct Mul { Expr l, r; };
Expr parse(const std::string &s);                 // parse.cc
std::string show(const Expr &e);                  // eval.cc
std::optional<double> eval(const Expr &e);        // eval.cc
