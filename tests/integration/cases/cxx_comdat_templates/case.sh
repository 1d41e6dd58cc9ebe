# COMDAT groups: function templates, a template static data member, an inline
# function, an inline variable, a template vtable and type_info instantiated
# in 7 objects (+ main); addresses taken in every object must agree.
build() {
    cxx_c -std=c++17 u1.cc u2.cc u3.cc u4.cc u5.cc u6.cc u7.cc main.cc
    link_cxx -static u3.o main.o u1.o u7.o u2.o u5.o u4.o u6.o -o prog
}
