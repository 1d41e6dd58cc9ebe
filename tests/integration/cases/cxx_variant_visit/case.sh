# std::variant / std::visit (overloaded lambdas, if constexpr, recursion via
# shared_ptr), std::optional, bad_variant_access; parser and visitor in
# separate objects.
build() {
    cxx_c -std=c++17 parse.cc eval.cc main.cc
    link_cxx -static main.o eval.o parse.o -o prog
}
