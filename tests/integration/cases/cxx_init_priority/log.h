#pragma once
void log_event(const char *what);
struct Noisy {
    const char *name;
    explicit Noisy(const char *n);
    ~Noisy();
};
