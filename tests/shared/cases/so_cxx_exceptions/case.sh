# C++ exceptions thrown inside a shared library and caught by type in the
# program: the library's own exception class (typeinfo exported from the
# library, derived from std::exception), std::runtime_error, an exception
# that passes through a library callback and back, and a library-internal
# throw caught inside the library.  Needs .eh_frame_hdr/PT_GNU_EH_FRAME in
# the library and working typeinfo identity across the boundary.
build_lib() { mklib_cxx libexc.so exc.cc; }
build_prog() { link_cxx -O1 main.cc -L. -lexc -o prog; }
