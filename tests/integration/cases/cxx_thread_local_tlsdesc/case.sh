# thread_local objects (sources as in cxx_thread_local) in -fPIC objects
# using TLS descriptors (-mtls-dialect=gnu2): R_X86_64_GOTPC32_TLSDESC /
# TLSDESC_CALL sequences relaxed to local-exec in a static executable.
build() {
    cxx_c -fPIC -mtls-dialect=gnu2 -pthread tl.cc worker.cc main.cc
    link_cxx -static -pthread main.o worker.o tl.o -o prog
}
