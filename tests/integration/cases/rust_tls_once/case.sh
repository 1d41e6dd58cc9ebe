# Rust thread_local! with Drop (registered TLS destructors run at thread
# exit), a const-initialised TLS Cell, OnceLock initialised once under a
# Barrier race, static Mutex: static, non-PIE (local-exec TLS).
build() {
    if ! find_rustc > /dev/null; then rust_skip_prog "rustc not found, Rust case skipped"; return; fi
    rust_link -C opt-level=0 main.rs -o prog
}
