# std::thread / mutex / condition_variable / atomic / async / promise /
# thread_local with a destructor, against the shared libstdc++ and libc.
MODES="pie nopie"
build() {
    cxx_c -pthread main.cc
    link_cxx -pthread main.o -o prog
}
