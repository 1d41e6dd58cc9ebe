# A C++ static PIE (NO_LIB): g++ -static-pie with libstdc++.a and
# libgcc_eh.a.  Exceptions (std::runtime_error, a custom class, a rethrow,
# one crossing a function pointer) need .eh_frame_hdr and the unwinder's
# view of the self-relocated image; iostream needs libstdc++'s static
# initialisation; a virtual class, typeid, std::string/std::map and a
# global object's constructor and destructor are exercised too.
NO_LIB=1
build_prog() { link_cxx -O1 -static-pie main.cc -o prog; }
run() { ./prog; }
