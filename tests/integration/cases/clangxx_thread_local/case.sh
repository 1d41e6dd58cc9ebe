# clang++: thread_local objects with non-trivial constructors/destructors
# used across objects (clang's TLS wrapper/init functions), per-thread values
# (sources as in cxx_thread_local).
build() {
    clangxx_c -O2 -pthread tl.cc worker.cc main.cc
    link_clangxx -static -pthread main.o worker.o tl.o -o prog
}
