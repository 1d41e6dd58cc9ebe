#include "errors.h"
#include <exception>

int rethrow_through(int kind) {
    Guard g("middle");
    try {
        throw_kind(kind);
    } catch (const AppError &e) {
        if (e.code == 3) throw;                 // rethrow same object
        throw AppError(std::string("wrapped(") + e.what() + ")", e.code + 100);
    }
    return -1;
}

void nested_throw(int depth) {
    if (depth == 0) throw IoError("bottom");
    try {
        nested_throw(depth - 1);
    } catch (...) {
        std::throw_with_nested(AppError("level " + std::to_string(depth), depth));
    }
}
