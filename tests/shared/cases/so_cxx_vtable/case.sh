# Polymorphism across the library boundary: abstract and concrete classes
# with virtual functions (key functions, so vtables and typeinfo live in
# the library), a class derived in the program that overrides them,
# virtual inheritance, and dynamic_cast/typeid/virtual destructors used on
# objects created on the other side.  The library's code must reach the
# program's vtable and the program's code the library's typeinfo.
build_lib() { mklib_cxx libshape.so shape.cc; }
build_prog() { link_cxx -O1 main.cc -L. -lshape -o prog; }
