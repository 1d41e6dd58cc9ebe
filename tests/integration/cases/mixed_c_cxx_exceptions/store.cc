#include "api.h"
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>

struct kv_store { std::map<std::string, std::string> m; };
static thread_local std::string last_error;     // per-thread error text
struct Ready { bool ok = false; Ready() { ok = true; } };
static Ready ready;                               // C++ static ctor in a C program

template <class F> static int guarded(F f) {
    try {
        return f();
    } catch (const std::exception &e) {
        last_error = e.what();
    } catch (...) {
        last_error = "unknown exception";
    }
    return -1;
}

extern "C" {
kv_store *kv_new(void) { return new kv_store; }
void kv_free(kv_store *s) { delete s; }
int kv_put(kv_store *s, const char *key, const char *value) {
    return guarded([&] {
        if (!key || !*key) throw std::invalid_argument("empty key");
        if (std::strlen(value) > 16) throw std::length_error(std::string("value too long for ") + key);
        s->m[key] = value;
        return 0;
    });
}
int kv_get(kv_store *s, const char *key, char *out, int cap) {
    return guarded([&] {
        const std::string &v = s->m.at(key);          // throws std::out_of_range
        if ((int)v.size() + 1 > cap) throw std::range_error("buffer too small");
        std::memcpy(out, v.c_str(), v.size() + 1);
        return (int)v.size();
    });
}
int kv_parse_int(const char *text, long *out) {
    return guarded([&] {
        size_t pos;
        *out = std::stol(text, &pos);                  // invalid_argument / out_of_range
        if (text[pos]) throw std::invalid_argument("trailing characters");
        return 0;
    });
}
const char *kv_last_error(void) { return last_error.c_str(); }
int kv_visit(kv_store *s, int (*fn)(const char *, const char *, void *), void *ctx) {
    return guarded([&] {
        int n = 0;
        for (auto &p : s->m) {
            if (fn(p.first.c_str(), p.second.c_str(), ctx)) throw std::runtime_error("visit stopped at " + p.first);
            n++;
        }
        return n;
    });
}
int kv_static_ready(void) { return ready.ok; }
}
