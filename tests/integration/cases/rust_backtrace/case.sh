# RUST_BACKTRACE=1 with an uncaught panic: std prints a backtrace on stderr.
# The exact text may differ between correct linkers, so run() prints
# booleans: the panic message, a "stack backtrace:" header, frames naming
# main and the panicking functions, and the exit status 101.
build() {
    if ! find_rustc > /dev/null; then rust_skip_prog "rustc not found, Rust case skipped"; return; fi
    rust_link -C opt-level=0 -C debuginfo=1 main.rs -o prog
}
run() {
    if [ -f skip.c ]; then ./prog; return; fi     # rustc missing: SKIP note
    RUST_BACKTRACE=1 ./prog 2> bt.err
    echo "exit status: $?"
    has() { if grep -Eq -- "$1" bt.err; then echo "$2: true"; else echo "$2: false"; fi; }
    has 'panicked at .*main\.rs' 'panic location'
    has 'deliberate panic with 5 items' 'panic message'
    has '^stack backtrace:' 'backtrace header'
    has '^ +[0-9]+: +(main::)?main$' 'frame main::main'
    has '^ +[0-9]+: +(main::)?innermost_frame$' 'frame innermost_frame'
    has '^ +[0-9]+: +(main::)?middle_frame$' 'frame middle_frame'
    has 'at .*main\.rs:[0-9]+' 'source line info'
}
