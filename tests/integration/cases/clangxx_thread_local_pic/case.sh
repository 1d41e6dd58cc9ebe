# clang++ -fPIC thread_local objects (sources as in cxx_thread_local):
# general-dynamic TLSGD/__tls_get_addr and local-dynamic sequences relaxed
# in a static executable; TLS wrapper functions across objects.
build() {
    clangxx_c -fPIC -pthread tl.cc worker.cc main.cc
    link_clangxx -static -pthread main.o worker.o tl.o -o prog
}
