# Rust static binary (rustc, crt-static, non-PIE) linked through cc and the
# linker under test: catch_unwind of panics (Drop guards run), a panicking
# thread seen through join(), threads with Arc/Mutex/mpsc, std collections.
build() {
    if ! find_rustc > /dev/null; then rust_skip_prog "rustc not found, Rust case skipped"; return; fi
    rust_link -C opt-level=0 main.rs -o prog
}
