# rustc's default dynamic link (through cc and the linker under test, LLD
# switched off: see rust_flags in lib.sh): std with threads, a caught
# panic, collections, and extern "C" calls into a C shared library built
# with GNU ld, which calls back into Rust.
MODES="pie nopie"
build() {
    if ! find_rustc > /dev/null; then rust_skip_prog "rustc not found, Rust case skipped"; return; fi
    shlib_c libcfoo.so cfoo.c
    rust_link -C opt-level=0 -L . main.rs -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
