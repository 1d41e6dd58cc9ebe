# A static archive of C++ objects: vtables and type_info live in the member
# with the class's key function and are pulled only through undefined _ZTV/
# _ZTI references from inline constructors and dynamic_cast; an unreferenced
# member with a static constructor stays out.
build() {
    cxx_c animal.cc dog.cc bird.cc puppy.cc factory.cc query.cc unused.cc main.cc
    mkar libanimals.a unused.o query.o puppy.o factory.o bird.o dog.o animal.o
    link_cxx -static main.o -L. -lanimals -o prog
}
