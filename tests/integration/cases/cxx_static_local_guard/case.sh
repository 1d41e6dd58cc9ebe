# Guard variables of function-local statics hit by 8 threads at once
# (__cxa_guard_acquire/release, futex wait), a constructor that throws
# (__cxa_guard_abort, retried), and an inline function's local static whose
# object and guard are COMDAT across two objects.
build() {
    cxx_c -pthread statics.cc more.cc main.cc
    link_cxx -static -pthread main.o more.o statics.o -o prog
}
