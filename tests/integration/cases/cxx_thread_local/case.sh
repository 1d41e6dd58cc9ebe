# std::thread with thread_local objects that have non-trivial constructors and
# destructors, defined in one object and used from others (TLS init/wrapper
# functions, __cxa_thread_atexit), plus a function-scope thread_local.
build() {
    cxx_c -pthread tl.cc worker.cc main.cc
    link_cxx -static -pthread main.o worker.o tl.o -o prog
}
