#pragma once
#include <stdexcept>
#include <string>
struct ClangErr : std::runtime_error { int n; ClangErr(int k) : std::runtime_error("from clang " + std::to_string(k)), n(k) {} };
struct GccErr : std::logic_error { int n; GccErr(int k) : std::logic_error("from gcc " + std::to_string(k)), n(k) {} };
struct Count { static int alive; Count() { ++alive; } ~Count() { --alive; } };
int clang_side(int k);    // clang.cc (clang++)
int gcc_side(int k);      // gcc.cc   (g++)
