# clang++ -std=c++17: std::variant/std::visit/std::optional with libstdc++
# (sources as in cxx_variant_visit).
build() {
    clangxx_c -std=c++17 parse.cc eval.cc main.cc
    link_clangxx -static main.o eval.o parse.o -o prog
}
