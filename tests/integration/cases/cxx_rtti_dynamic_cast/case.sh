# RTTI across objects: typeid equality of classes and template instances
# whose type_info is emitted in several objects, dynamic_cast down/cross/
# to void*, bad_cast, bad_typeid, __cxa_demangle.
build() {
    cxx_c shapes.cc factory.cc main.cc
    link_cxx -static main.o factory.o shapes.o -o prog
}
