# C++ exceptions thrown inside libstdc++.so (vector::at, stoi, map::at,
# string::substr, bitset, any_cast, optional::value, function call,
# vector::reserve) and caught in the executable by exact type and by base.
MODES="pie nopie"
build() {
    cxx_c -std=c++17 main.cc
    link_cxx main.o -o prog
}
