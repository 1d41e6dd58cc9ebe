# std::call_once from 8 threads on a once_flag defined in another object
# (pthread_once / __once_proxy with TLS callable pointers in a static
# program), a second flag in main, and a mutex/condition_variable handshake.
build() {
    cxx_c -pthread once.cc main.cc
    link_cxx -static -pthread main.o once.o -o prog
}
