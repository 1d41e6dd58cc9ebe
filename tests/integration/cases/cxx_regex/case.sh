# std::regex (ECMAScript, extended, icase), iterators, token iterators,
# regex_replace and regex_error thrown from libstdc++ template code.
build() {
    cxx_c -O0 parse.cc      # all <regex> code in one -O0 object: slow to compile
    cxx_c main.cc
    link_cxx -static main.o parse.o -o prog
}
