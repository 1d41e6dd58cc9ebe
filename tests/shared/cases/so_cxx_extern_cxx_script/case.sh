# A version script with extern "C++" patterns matched against demangled
# names: { global: extern "C++" { ns::*; "ns2::keep(int)"; }; local: *; };
# Everything in namespace ns (functions, a static member function, a
# variable, overloads) is exported; from ns2 only the exact signature
# keep(int) is, not keep(double) or other ns2 functions; extern "C"
# functions and other C++ names are local.  The program calls the exported
# ones directly and probes the rest with dlsym by mangled name.
build_lib() { mklib_cxx libcxxs.so -Wl,--version-script,exports.map lib.cc; }
build_prog() { link_cxx -O1 main.cc -L. -lcxxs -o prog; }
