# A Rust static PIE (NO_LIB): rustc with -C target-feature=+crt-static and
# its default PIE relocation model links through gcc (-C linker=gcc) with
# -static-pie, and -C link-arg=-B$PROGLD/ makes gcc use the linker under
# test (rustc >= 1.90's bundled LLD is switched off, as in
# tests/integration's rust_flags).  The build checks that the result is a
# static PIE (ET_DYN, no PT_INTERP) not linked by LLD.  The program uses
# threads, thread-locals, a caught panic, collections and formatting.
# Without a rustc the build fails loudly (no skip).
NO_LIB=1

# _spr_find_rustc: the toolchain's own rustc (not the rustup proxy), as
# tests/integration/lib.sh's find_rustc looks for it; then, for a build
# environment without a usable HOME (the rustup proxy needs it), the
# toolchains of the usual rustup homes directly.
_spr_find_rustc() {
    local r c
    for c in "$(command -v rustc 2>/dev/null)" "${HOME:-/nonexistent}/.cargo/bin/rustc" \
             /root/.cargo/bin/rustc /usr/local/cargo/bin/rustc /usr/bin/rustc \
             "${RUSTUP_HOME:-/nonexistent}"/toolchains/stable-*/bin/rustc \
             /root/.rustup/toolchains/stable-*/bin/rustc /usr/local/rustup/toolchains/stable-*/bin/rustc \
             "${RUSTUP_HOME:-/nonexistent}"/toolchains/*/bin/rustc \
             /root/.rustup/toolchains/*/bin/rustc /usr/local/rustup/toolchains/*/bin/rustc; do
        [ -n "$c" ] && [ -x "$c" ] || continue
        r=$("$c" --print sysroot 2>/dev/null) || continue
        if [ -x "$r/bin/rustc" ]; then echo "$r/bin/rustc"; else echo "$c"; fi
        return 0
    done
    return 1
}

build_prog() {
    local rc v extra=()
    if ! rc=$(_spr_find_rustc); then
        echo "FAIL: no rustc found (PATH, ~/.cargo/bin, /root/.cargo/bin, /usr/local/cargo/bin, /usr/bin); static_pie_rust cannot run" >&2
        return 1
    fi
    v=$("$rc" --version | sed -E 's/^rustc ([0-9]+)\.([0-9]+).*/\1 \2/')
    set -- $v
    if [ "$1" -gt 1 ] || [ "$2" -ge 90 ]; then
        extra=(-C linker-features=-lld -C link-self-contained=-linker)
    fi
    "$rc" --edition=2021 -C opt-level=0 -C debuginfo=0 "${extra[@]}" \
        -C target-feature=+crt-static -C relocation-model=pie \
        -C linker="${CC:-gcc}" "-Clink-arg=-B$PROGLD/" main.rs -o prog
    if readelf -p .comment prog 2>/dev/null | grep -q 'Linker: LLD'; then
        echo "FAIL: rustc linked with LLD, not $PROGLD/ld" >&2; return 1
    fi
    if ! readelf -h prog | grep -q 'Type: *DYN' || readelf -l prog | grep -q INTERP; then
        echo "FAIL: prog is not a static PIE" >&2; readelf -h -l prog >&2; return 1
    fi
}
run() { ./prog; }
