# Standard library types in a shared library's API: std::string,
# std::vector, std::map passed by value and reference in both directions,
# an std::ostream& parameter written by the library (std::cout from the
# program), a std::function callback, and objects allocated on one side
# and freed on the other.  Both sides use libstdc++'s inline/template code,
# so the weak template instantiations must resolve consistently.
build_lib() { mklib_cxx libstl.so stl.cc; }
build_prog() { link_cxx -O1 main.cc -L. -lstl -o prog; }
