# std::filesystem: path decomposition and lexical operations, then a scratch
# tree in the working directory (create, copy, rename, symlink, recursive
# iteration sorted, sizes, errors via error_code and exception, remove_all).
build() {
    cxx_c -std=c++17 fsops.cc main.cc
    link_cxx -static main.o fsops.o -o prog
}
