#pragma once
#include <stdexcept>
#include <string>

struct AppError : std::runtime_error {
    int code;
    AppError(const std::string &m, int c) : std::runtime_error(m), code(c) {}
};
struct IoError : AppError {
    IoError(const std::string &m) : AppError("io: " + m, 5) {}
};
struct Guard {
    static int live, made;
    const char *tag;
    explicit Guard(const char *t) : tag(t) { ++live; ++made; }
    ~Guard() { --live; }
};

void throw_kind(int kind);          // thrower.cc
int  rethrow_through(int kind);     // middle.cc
void nested_throw(int depth);       // middle.cc
