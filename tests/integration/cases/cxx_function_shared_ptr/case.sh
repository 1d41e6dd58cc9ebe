# std::function (free function, functor, lambdas, bind, recursion) stored in
# a registry in another object; shared_ptr/weak_ptr trees with
# enable_shared_from_this; bad_function_call.
build() {
    cxx_c -std=c++17 reg.cc tree.cc main.cc
    link_cxx -static main.o tree.o reg.o -o prog
}
