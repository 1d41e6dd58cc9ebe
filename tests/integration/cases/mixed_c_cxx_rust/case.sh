# One executable from C, C++ and Rust: Rust staticlib (std, panic=unwind,
# catch_unwind inside) with #[no_mangle] extern "C" functions called from C
# and C++, Rust calling back into a C function; linked by g++ -static.
build() {
    local rc
    if ! rc=$(find_rustc); then rust_skip_prog "rustc not found, Rust case skipped"; return; fi
    "$rc" --edition=2021 --crate-type=staticlib -C opt-level=1 --crate-name rmix rlib.rs -o librmix.a
    cc_c cpart.c
    cxx_c cxxpart.cc
    link_cxx -static cpart.o cxxpart.o -L. -lrmix -o prog
}
