#!/usr/bin/env bash
# Robustness tier for weld: output-file safety, huge inputs, error quality.
#
# Usage: tests/robust/run.sh [--weld PATH] [--keep] [NAME_FILTER...]
#
#   --weld PATH   the linker under test (default build/bin/weld of this repo)
#   --keep        keep the scratch directory (path printed at the end)
#   NAME_FILTER   run only cases whose name contains one of the strings
#   ROBUST_SKIP="case1 case2"   skip these cases (known failures); they print
#                 `SKIP name` and count neither as passed nor as failed.
#
# Prints `PASS name` / `FAIL name: why` per case and ends with exactly one
# `N passed, N failed` line; exit 1 if any case failed.
#
# Expected results come from GNU ld (/usr/bin/ld.bfd, or $BFD_LD): a big input
# must link and run as with GNU ld, or fail like it with a clear error.  GNU
# ld's verdicts for the multi-GiB links (a minute each on this VM) are cached
# in build/robust/bfd-ref/, keyed by the inputs, ld.bfd's version and gen.c;
# so are the generated inputs (70,000-section object, 100,000-member archive,
# sparse multi-GiB objects).  Needs root for the tmpfs (disk full) cases; they
# pass with a note where mount is impossible.

set -u

SELF=$(readlink -f "${BASH_SOURCE[0]}")
TDIR=$(dirname "$SELF")
ROOT=$(cd "$TDIR/../.." && pwd)
WELD=$ROOT/build/bin/weld
BFD=${BFD_LD:-/usr/bin/ld.bfd}
KEEP=0
FILTERS=()
while [ $# -gt 0 ]; do
    case $1 in
        --weld) WELD=$2; shift 2 ;;
        --weld=*) WELD=${1#--weld=}; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,22p' "$SELF"; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) FILTERS+=("$1"); shift ;;
    esac
done
# a relative --weld: from the current directory if it is there, else from the repo root
case $WELD in /*) ;; *) if [ -e "$WELD" ]; then WELD=$(readlink -f "$WELD"); else WELD=$(cd "$ROOT" && readlink -f "$WELD"); fi ;; esac
if [ ! -x "$WELD" ]; then echo "run.sh: no weld at $WELD (run make)" >&2; echo "0 passed, 1 failed"; exit 1; fi

CACHE=$ROOT/build/robust
mkdir -p "$CACHE/bfd-ref"
WORK=$(mktemp -d "$CACHE/work.XXXXXX")
chmod 755 "$WORK"
cleanup() {
    local m
    # tmpfs mounts the cases made (each case also unmounts its own)
    for m in $(awk -v w="$WORK/" 'index($2, w) == 1 {print $2}' /proc/mounts); do umount "$m" 2>/dev/null; done
    if [ "$KEEP" = 1 ]; then echo "scratch kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ tools
GEN=$CACHE/gen
if [ ! -x "$GEN" ] || [ "$TDIR/gen.c" -nt "$GEN" ]; then
    gcc -O2 -std=c11 -Wall -Wextra -o "$GEN.tmp" "$TDIR/gen.c" && mv "$GEN.tmp" "$GEN" ||
        { echo "run.sh: cannot build gen.c" >&2; echo "0 passed, 1 failed"; exit 1; }
fi
GEN_SUM=$(sha256sum "$TDIR/gen.c" | cut -c1-16)
BFD_VER=$("$BFD" --version 2>/dev/null | head -1)

# The glibc static link line gcc would give collect2 (so that weld and GNU ld
# get exactly the same arguments): PRE objects... POST -o OUT
CRT1=$(gcc -print-file-name=crt1.o)
CRTI=$(gcc -print-file-name=crti.o)
CRTN=$(gcc -print-file-name=crtn.o)
CRTBEG=$(gcc -print-file-name=crtbeginT.o)
CRTEND=$(gcc -print-file-name=crtend.o)
LDIRS=()
for d in $(gcc -print-search-dirs | sed -n 's/^libraries: =//p' | tr ':' ' '); do
    [ -d "$d" ] && LDIRS+=("-L$(readlink -f "$d")")
done
PRE=(-static "$CRT1" "$CRTI" "$CRTBEG" "${LDIRS[@]}")
POST=(--start-group -lgcc -lgcc_eh -lc --end-group "$CRTEND" "$CRTN")
# ... and of a dynamic PIE link (gcc -### -pie, less the LTO plugin)
DPRE=(--eh-frame-hdr -m elf_x86_64 --hash-style=gnu --as-needed -dynamic-linker /lib64/ld-linux-x86-64.so.2 -pie
      "$(gcc -print-file-name=Scrt1.o)" "$CRTI" "$(gcc -print-file-name=crtbeginS.o)" "${LDIRS[@]}")
DPOST=(-lgcc --push-state --as-needed -lgcc_s --pop-state -lc -lgcc --push-state --as-needed -lgcc_s --pop-state
       "$(gcc -print-file-name=crtendS.o)" "$CRTN")
FREE_CFLAGS=(-O1 -fno-pie -ffreestanding -fno-stack-protector -fno-asynchronous-unwind-tables)

# ------------------------------------------------------------- reporting
NPASS=0 NFAIL=0
SKIP_LIST=" ${ROBUST_SKIP:-} "

run_case() {
    local name=$1 fn=case_${1//-/_}
    if [ ${#FILTERS[@]} -gt 0 ]; then
        local f hit=0
        for f in "${FILTERS[@]}"; do case $name in *"$f"*) hit=1 ;; esac; done
        [ $hit = 1 ] || return 0
    fi
    if [[ "$SKIP_LIST" == *" $name "* ]]; then echo "SKIP $name (ROBUST_SKIP)"; return 0; fi
    local d=$WORK/$name
    mkdir -p "$d"
    chmod 755 "$d"
    local t0=$SECONDS
    ( cd "$d" && CASEDIR=$d && "$fn" ) > "$d/.log" 2>&1
    local rc=$?
    local dt=$((SECONDS - t0))
    local extra=""
    [ -s "$d/.note" ] && extra=" ($(tr '\n' ';' < "$d/.note" | sed 's/;$//'))"
    if [ $rc = 0 ]; then
        NPASS=$((NPASS + 1))
        echo "PASS $name$extra [${dt}s]"
    else
        NFAIL=$((NFAIL + 1))
        local why="exit status $rc"
        [ -s "$d/.reason" ] && why=$(head -c 600 "$d/.reason" | tr '\n' ' ')
        echo "FAIL $name: $why$extra [${dt}s]"
    fi
    # big outputs must not outlive their case
    find "$d" -type f -size +64M -delete 2>/dev/null
}

# Inside a case (a subshell in the case directory):
fail() { printf '%s\n' "$*" > "$CASEDIR/.reason"; exit 1; }
note() { printf '%s\n' "$*" >> "$CASEDIR/.note"; }
W() { timeout 300 "$WELD" "$@"; }
B() { timeout 600 "$BFD" "$@"; }
# leftover temporary files OUT.weld-* in DIR
temps() { ls -A "${1:-.}" 2>/dev/null | grep -F '.weld-' | head -3 | tr '\n' ' '; }
no_temps() { local t; t=$(temps "$1"); [ -z "$t" ] || fail "temporary file left behind: $1/$t"; }
first_line() { head -1 "$1" | cut -c1-200; }

# Error quality: exactly one "weld: error:" line, only ">>> " continuation
# lines besides it, naming NEEDLE.  Sets ERRQ to the problem, or "".
errq() { # STDERR_FILE NEEDLE
    ERRQ=""
    local n_err n_other
    n_err=$(grep -c '^weld: error: ' "$1")
    n_other=$(grep -vc -e '^weld: error: ' -e '^>>> ' "$1")
    if [ "$n_err" != 1 ]; then ERRQ="expected one 'weld: error:' line, got $n_err: $(first_line "$1")"
    elif ! head -1 "$1" | grep -q '^weld: error: '; then ERRQ="first line is not 'weld: error:': $(first_line "$1")"
    elif [ "$n_other" != 0 ]; then ERRQ="$n_other line(s) neither 'weld: error:' nor '>>>': $(grep -v -e '^weld: error: ' -e '^>>> ' "$1" | head -1 | cut -c1-150)"
    elif ! grep -qF -- "$2" "$1"; then ERRQ="error does not name '$2': $(first_line "$1")"
    fi
}
need_errq() { errq "$1" "$2"; [ -z "$ERRQ" ] || fail "$3: $ERRQ"; }

# Every line is an error or a continuation (for links that legitimately
# report many errors, e.g. relocation overflows).
only_errors() { [ -s "$1" ] && ! grep -qv -e '^weld: error: ' -e '^>>> ' "$1"; }

# LINKER OUTPUT ARGS...: link, run, print a verdict: "link=RC" and, if the
# link succeeded, the program's stdout and exit status.
verdict() {
    local ld=$1 out=$2; shift 2
    local rc
    "$ld" "$@" -o "$out" > "$out.ldout" 2> "$out.lderr"; rc=$?
    echo "link=$rc"
    if [ $rc = 0 ]; then
        timeout 60 "$(readlink -f "$out")" < /dev/null; echo "exit=$?"
    fi
}
# Cached GNU ld verdict: KEY_MATERIAL -- ARGS...  (key = hash of the material)
bfd_verdict_cached() {
    local key=$1; shift
    key=$(printf '%s\n' "$key" "$BFD_VER" "$GEN_SUM" "$*" | sha256sum | cut -c1-24)
    local f=$CACHE/bfd-ref/$key
    if [ -s "$f" ]; then cat "$f"; return; fi
    echo "computing the GNU ld reference (cached in $f)" >&2
    verdict B bfd.out "$@" > "$f.tmp" && mv "$f.tmp" "$f"
    rm -f bfd.out
    cat "$f"
}
# Compare weld with GNU ld: same verdict, or both fail and weld's stderr is
# all errors.  Extra: WOUT (weld's output name, default w.out).
compare_bfd() { # BFD_VERDICT ARGS...
    local ref=$1; shift
    local mine
    mine=$(verdict W "${WOUT:-w.out}" "$@")
    if [ "$mine" = "$ref" ]; then
        return 0
    fi
    local rl ml
    rl=$(head -1 <<< "$ref") ml=$(head -1 <<< "$mine")
    if [ "$rl" != link=0 ] && [ "$ml" = link=1 ] && only_errors "${WOUT:-w.out}.lderr"; then
        note "GNU ld fails too; weld: $(first_line "${WOUT:-w.out}.lderr" | cut -c1-100)"
        return 0
    fi
    if [ "$rl" = link=0 ] && [ "$ml" != link=0 ]; then
        fail "GNU ld links and runs it ($(tail -n +2 <<< "$ref" | tr '\n' ' ' | cut -c1-80)), weld $ml: $(first_line "${WOUT:-w.out}.lderr" | cut -c1-240)"
    fi
    fail "weld: $(tr '\n' ' ' <<< "$mine" | cut -c1-150) vs GNU ld: $(tr '\n' ' ' <<< "$ref" | cut -c1-150)"
}

mount_tmpfs() { # DIR SIZE -> 0 if mounted
    mkdir -p "$1"
    mount -t tmpfs -o "size=$2" tmpfs "$1" 2>/dev/null
}

hello() { # NAME.o: a glibc hello world
    printf '#include <stdio.h>\nint main(void){ puts("hello"); return 0; }\n' > hello.c
    gcc -O1 -c hello.c -o "$1"
}
freestanding_big() { # NAME.o: _start prints big[0] big_end[0] small_data[0]
    cat > fs_big.c <<'EOF'
extern char big[], big_end[];
char small_data[16] = {5};
int after_bss; /* a real .bss reference (PC32 in the small and medium models) */
static long sys3(long n, long a, long b, long c) {
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}
void _start(void) {
    char msg[] = "x x x x\n";
    *(volatile int *)&after_bss = 9;
    msg[0] = '0' + big[0]; msg[2] = '0' + big_end[0]; msg[4] = '0' + small_data[0];
    msg[6] = '0' + *(volatile int *)&after_bss;
    sys3(1, 1, (long)msg, sizeof msg - 1);
    sys3(60, 0, 0, 0);
    for (;;) {}
}
EOF
    gcc "${FREE_CFLAGS[@]}" "${2:--mcmodel=large}" -c fs_big.c -o "$1"
}
cached_bigobj() { # SIZE SECNAME -> prints path of a cached sparse object
    local f=$CACHE/big-$1$2-$GEN_SUM.o
    [ -f "$f" ] || "$GEN" bigobj "$f" "$1" "$2" >&2
    echo "$f"
}

# =========================================================== output safety

case_fail_no_output() {
    printf 'extern int missing_fn(void);\nint main(void){ return missing_fn(); }\n' > m.c
    gcc -O1 -c m.c -o m.o
    W "${PRE[@]}" m.o "${POST[@]}" -o out 2> err; local rc=$?
    [ $rc = 1 ] || fail "exit status $rc, expected 1"
    [ ! -e out ] || fail "output file created by a failed link"
    no_temps .
    need_errq err m.o "undefined symbol"
    grep -q missing_fn err || fail "error does not name the symbol: $(first_line err)"
}

case_fail_keeps_existing() {
    printf 'extern int missing_fn(void);\nint main(void){ return missing_fn(); }\n' > m.c
    gcc -O1 -c m.c -o m.o
    printf 'previous output, must survive\n' > out
    chmod 0640 out
    touch -d '2001-02-03 04:05:06' out
    local before after
    before=$(stat -c '%i %a %s %Y' out; sha256sum < out)
    W "${PRE[@]}" m.o "${POST[@]}" -o out 2> err; local rc=$?
    after=$(stat -c '%i %a %s %Y' out; sha256sum < out)
    [ $rc = 1 ] || fail "exit status $rc, expected 1"
    [ "$before" = "$after" ] || fail "existing output changed: [$before] -> [$after]"
    no_temps .
    need_errq err m.o "undefined symbol"
}

case_output_is_input() {
    hello main.o
    cp main.o main.o.orig
    local rc
    W "${PRE[@]}" main.o "${POST[@]}" -o main.o 2> err1; rc=$?
    cmp -s main.o main.o.orig || fail "-o main.o: input main.o was modified"
    [ $rc = 1 ] || fail "-o main.o: exit status $rc, expected 1"
    need_errq err1 main.o "-o main.o"
    # the same file under another name (hard link)
    ln main.o alias.o
    W "${PRE[@]}" main.o "${POST[@]}" -o alias.o 2> err2; rc=$?
    cmp -s main.o main.o.orig || fail "-o alias.o (hard link of main.o): input modified"
    [ $rc = 1 ] || fail "-o alias.o (hard link of the input): exit status $rc"
    need_errq err2 alias.o "-o hard link"
    # an archive found through -L/-l
    printf 'int helper(void){ return 3; }\n' > h.c
    printf 'int helper(void);\nint main(void){ return helper(); }\n' > hm.c
    gcc -O1 -c h.c hm.c && ar rcs libh.a h.o && cp libh.a libh.a.orig
    W "${PRE[@]}" hm.o -L. -lh "${POST[@]}" -o libh.a 2> err3; rc=$?
    cmp -s libh.a libh.a.orig || fail "-o libh.a with -lh: archive modified"
    [ $rc = 1 ] || fail "-o libh.a with -lh: exit status $rc"
    need_errq err3 libh.a "-o libh.a"
    no_temps .
}

case_output_missing_dir() {
    hello main.o
    W "${PRE[@]}" main.o "${POST[@]}" -o no/such/dir/prog 2> err; local rc=$?
    [ $rc = 1 ] || fail "exit status $rc, expected 1"
    [ ! -e no ] || fail "created the directory"
    need_errq err no/such/dir/prog "missing directory"
    [ -z "$(ls -A | grep -v -e '^main.o$' -e '^hello.c$' -e '^err$' -e '^\.')" ] || fail "stray files: $(ls -A | tr '\n' ' ')"
}

case_output_is_dir() {
    hello main.o
    mkdir outdir && echo keep > outdir/file
    W "${PRE[@]}" main.o "${POST[@]}" -o outdir 2> err; local rc=$?
    [ $rc = 1 ] || fail "exit status $rc, expected 1"
    [ -d outdir ] && [ "$(cat outdir/file)" = keep ] || fail "the directory was replaced or changed"
    need_errq err outdir "output is a directory"
    no_temps .
    no_temps outdir
}

case_ulimit_fsize() {
    hello main.o
    local rc
    ( ulimit -f 100; W "${PRE[@]}" main.o "${POST[@]}" -o prog ) 2> err; rc=$?
    [ $rc = 1 ] || fail "exit status $rc, expected 1 (153 = killed by SIGXFSZ)"
    [ ! -e prog ] || fail "partial output left at the output path"
    no_temps .
    need_errq err prog "ulimit -f"
    grep -qi 'too large' err || fail "error does not say EFBIG: $(first_line err)"
    # an existing output survives
    echo previous > prog
    ( ulimit -f 100; W "${PRE[@]}" main.o "${POST[@]}" -o prog ) 2> err2; rc=$?
    [ $rc = 1 ] && [ "$(cat prog)" = previous ] || fail "existing output not preserved under ulimit -f (rc $rc)"
    no_temps .
}

case_disk_full() {
    if ! mount_tmpfs mnt 2m; then note "skipped: cannot mount a tmpfs (not root?)"; return 0; fi
    trap 'umount "$CASEDIR/mnt" 2>/dev/null' EXIT
    freestanding_big main.o
    "$GEN" bigobj data3m.o $((3 << 20)) .data
    local rc
    W -static main.o data3m.o -o mnt/prog 2> err; rc=$?
    [ $rc = 1 ] || fail "exit status $rc, expected 1"
    [ ! -e mnt/prog ] || fail "partial output left in the full filesystem"
    no_temps mnt
    need_errq err mnt/prog "disk full"
    grep -qi 'no space' err || fail "error does not say ENOSPC: $(first_line err)"
    [ "$(df --output=used -k mnt | tail -1 | tr -d ' ')" -lt 64 ] || fail "space not released: $(df -k mnt | tail -1)"
    echo previous > mnt/prog
    W -static main.o data3m.o -o mnt/prog 2> err2; rc=$?
    [ $rc = 1 ] && [ "$(cat mnt/prog)" = previous ] || fail "existing output not preserved on ENOSPC (rc $rc)"
    no_temps mnt
    # the same link fits in a bigger filesystem: weld's output is right
    W -static main.o data3m.o -o prog 2> err3 || fail "link outside the small tmpfs failed: $(first_line err3)"
    [ "$(./prog)" = "1 2 5 9" ] || fail "program linked outside the tmpfs prints '$(./prog)'"
}

case_umask_mode() {
    hello main.o
    local u wm bm res=""
    for u in 022 027 077 002; do
        rm -f w.out b.out
        ( umask $u; W "${PRE[@]}" main.o "${POST[@]}" -o w.out ) || fail "umask $u: weld failed"
        ( umask $u; B "${PRE[@]}" main.o "${POST[@]}" -o b.out ) || fail "umask $u: GNU ld failed"
        wm=$(stat -c %a w.out) bm=$(stat -c %a b.out)
        [ "$wm" = "$bm" ] || fail "umask $u: weld's output has mode $wm, GNU ld's $bm"
        res+="$u:$wm "
    done
    # an existing output's mode does not leak into the new file (GNU ld unlinks it)
    rm -f w.out b.out
    echo old > w.out; echo old > b.out; chmod 0600 w.out b.out
    ( umask 022; W "${PRE[@]}" main.o "${POST[@]}" -o w.out; B "${PRE[@]}" main.o "${POST[@]}" -o b.out )
    wm=$(stat -c %a w.out) bm=$(stat -c %a b.out)
    [ "$wm" = "$bm" ] || fail "over an existing 0600 file: weld's mode $wm, GNU ld's $bm"
    note "${res% }"
}

# SIG...: start a long link (1 GiB .data), wait for its temporary file, send
# the signal, check that the temp file and the output are gone.
signal_during_write() {
    freestanding_big main.o
    local big sig pid rc i seen
    big=$(cached_bigobj $((1 << 30)) .data)
    ulimit -c 0
    for sig in "$@"; do
        rm -rf out && mkdir out
        # job control: the background job keeps SIGINT at its default (a
        # non-interactive shell would start it with SIGINT ignored); weld is
        # started directly so that $! is weld itself
        set -m
        "$WELD" -static main.o "$big" -o out/prog 2> "err.$sig" &
        pid=$!
        set +m
        seen=0
        for i in $(seq 2000); do
            if [ -n "$(temps out)" ]; then seen=1; break; fi
            kill -0 $pid 2>/dev/null || break
            sleep 0.01
        done
        [ $seen = 1 ] || { wait $pid; fail "SIG$sig: the link ended (status $?) before its temporary file appeared"; }
        sleep 0.2
        kill -"$sig" $pid
        wait $pid; rc=$?
        [ $rc -ge 128 ] || fail "SIG$sig: the link ended (status $rc) before the signal; too quick to test"
        no_temps out
        [ ! -e out/prog ] || fail "SIG$sig: output file exists after the interrupted link"
    done
}
case_signal_int_term() { signal_during_write INT TERM HUP; }
case_signal_quit() { signal_during_write QUIT; }

case_sigpipe_stderr() {
    # errors found while writing (relocation overflow) go to a closed pipe,
    # as with `ld ... 2>&1 | head -1`
    printf '.text\n.globl _start\n_start: lea far(%%rip), %%rax\nmov $60, %%eax\nxor %%edi, %%edi\nsyscall\n' > t.s
    as t.s -o t.o
    W -static t.o --defsym far=0x900000000 -o prog 2> err; local rc=$?
    [ $rc = 1 ] || fail "setup: expected a relocation overflow error, got status $rc: $(first_line err)"
    "$GEN" epipe "$WELD" -static t.o --defsym far=0x900000000 -o prog; rc=$?
    [ ! -e prog ] || fail "output created"
    local t; t=$(temps .)
    [ -z "$t" ] || fail "stderr on a closed pipe: weld exited with status $rc and left $t"
}

case_sigbus_input() {
    # a sparse input on a full tmpfs: GNU ld read()s the hole (no allocation);
    # weld's mapping faults it in, and the kernel sends SIGBUS when the tmpfs
    # has no room.  weld must link or report an error, not crash and leave
    # its temporary file.
    if ! mount_tmpfs mnt 4m; then note "skipped: cannot mount a tmpfs (not root?)"; return 0; fi
    trap 'umount "$CASEDIR/mnt" 2>/dev/null' EXIT
    freestanding_big main.o
    "$GEN" bigobj mnt/hole.o $((64 << 20)) .data
    mkdir b w
    B -static main.o mnt/hole.o -o b/prog 2> berr || fail "setup: GNU ld failed: $(first_line berr)"
    [ "$(b/prog)" = "1 2 5 9" ] || fail "setup: GNU ld's program prints '$(b/prog)'"
    rm -f b/prog
    W -static main.o mnt/hole.o -o w/prog 2> err; local rc=$?
    local t; t=$(temps w)
    if [ $rc = 0 ]; then
        [ "$(w/prog)" = "1 2 5 9" ] || fail "weld's program prints '$(w/prog)'"
    elif [ $rc -ge 128 ]; then
        fail "weld killed by signal $((rc - 128))${t:+, left $t} (GNU ld links it)"
    else
        need_errq err hole.o "sparse input"
    fi
    [ -z "$t" ] || fail "temporary file left: $t"
}

case_output_dev_null() {
    # -o /dev/null is common (Kbuild's ld-option, configure probes).  GNU ld
    # writes into the device.  Tested on a private device node: never on the
    # real /dev/null as root.
    if ! mknod null c 1 3 2>/dev/null; then note "skipped: mknod impossible"; return 0; fi
    printf '.text\n.globl _start\n_start: mov $60, %%eax\nxor %%edi, %%edi\nsyscall\n' > t.s
    as t.s -o t.o
    B -static t.o -o null || fail "setup: GNU ld fails with -o DEVICE"
    [ -c null ] || fail "setup: GNU ld replaced the device node"
    W -static t.o -o null 2> err; local rc=$?
    [ -c null ] || fail "weld replaced the character device with a $(stat -c %F null) (as root, -o /dev/null would replace /dev/null); status $rc"
    [ $rc = 0 ] || fail "weld -o DEVICE: status $rc: $(first_line err)"
    no_temps .
}

case_output_dev_null_user() {
    # an unprivileged user linking to /dev/null: GNU ld succeeds.
    if [ "$(id -u)" != 0 ] || ! command -v setpriv > /dev/null; then note "skipped: needs root and setpriv"; return 0; fi
    printf '.text\n.globl _start\n_start: mov $60, %%eax\nxor %%edi, %%edi\nsyscall\n' > t.s
    as t.s -o t.o && chmod 644 t.o
    local as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    "${as_nobody[@]}" test -r "$CASEDIR/t.o" -a -x "$WELD" || { note "skipped: t.o or weld not reachable by nobody"; return 0; }
    "${as_nobody[@]}" "$BFD" -static "$CASEDIR/t.o" -o /dev/null 2> berr || fail "setup: GNU ld as nobody fails: $(first_line berr)"
    "${as_nobody[@]}" "$WELD" -static "$CASEDIR/t.o" -o /dev/null 2> err; local rc=$?
    [ -c /dev/null ] || fail "/dev/null is no longer a character device!"
    [ $rc = 0 ] || fail "weld -o /dev/null as an unprivileged user: status $rc: $(first_line err) (GNU ld links)"
}

case_long_output_name() {
    # a 250-byte file name is legal (NAME_MAX 255): GNU ld writes it
    hello main.o
    local n; n=$(printf 'x%.0s' $(seq 250))
    B "${PRE[@]}" main.o "${POST[@]}" -o "b$n" 2> berr || fail "setup: GNU ld fails: $(first_line berr)"
    W "${PRE[@]}" main.o "${POST[@]}" -o "$n" 2> err; local rc=$?
    [ $rc = 0 ] || fail "250-byte output name: status $rc: $(first_line err | cut -c1-60)...$(tail -c 40 err | tr -d '\n') (GNU ld links)"
    [ "$(./"$n")" = hello ] || fail "program prints '$(./"$n")'"
}

# ============================================================= big inputs

case_bss_5g() {
    cat > fs5.c <<'EOF'
char big[5UL << 30];
char mid[3UL << 20] = {3};
static int after = 7;
static int after_bss;
static long sys3(long n, long a, long b, long c) {
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}
void _start(void) {
    volatile char *p = big;
    p[0] = 1; p[(5UL << 30) - 1] = 2; after_bss = 9;
    char msg[] = "x x x x x\n";
    msg[0] = '0' + p[0]; msg[2] = '0' + p[(5UL << 30) - 1]; msg[4] = '0' + mid[0];
    msg[6] = '0' + after; msg[8] = '0' + after_bss;
    sys3(1, 1, (long)msg, sizeof msg - 1);
    sys3(60, 0, 0, 0);
    for (;;) {}
}
EOF
    local m ref
    for m in small medium large; do
        gcc "${FREE_CFLAGS[@]}" -mcmodel=$m -c fs5.c -o fs5$m.o
        ref=$(verdict B b.out -static fs5$m.o)
        WOUT=w.$m compare_bfd "$ref" -static fs5$m.o
        rm -f b.out w.$m
    done
    [ "$(tail -n +2 <<< "$ref" | head -1)" = "1 2 3 7 9" ] || fail "setup: GNU ld's program printed '$ref'"
    # with a libc: musl, medium model (.lbss); glibc cannot (its _end is
    # PC32-referenced, GNU ld fails too)
    if command -v musl-gcc > /dev/null; then
        cat > m5.c <<'EOF'
#include <stdio.h>
char big[5UL << 30];
char mid[3UL << 20] = {3};
static int after = 7;
static int after_bss;
int main(void) {
    volatile char *p = big;
    p[0] = 1; p[(5UL << 30) - 1] = 2; after_bss = 9;
    printf("%d %d %d %d %d\n", p[0], p[(5UL << 30) - 1], mid[0], after, after_bss);
    return 0;
}
EOF
        mkdir -p bfdld wld && ln -sf "$BFD" bfdld/ld && ln -sf "$WELD" wld/ld
        musl-gcc -O1 -mcmodel=medium -static -B bfdld/ m5.c -o mb || fail "setup: musl + GNU ld failed"
        musl-gcc -O1 -mcmodel=medium -static -B wld/ m5.c -o mw 2> err || fail "musl -mcmodel=medium 5 GiB .lbss: weld failed: $(first_line err)"
        [ "$(./mw)" = "$(./mb)" ] || fail "musl 5 GiB .lbss: weld's program prints '$(./mw)', GNU ld's '$(./mb)'"
    else
        note "musl-gcc missing: libc variant not run"
    fi
}

case_mcmodel_large_hello() {
    # gcc -mcmodel=large (the model for > 2 GiB code+data): R_X86_64_PLTOFF64,
    # GOTOFF64, GOTPC64 from calls into libc
    printf '#include <stdio.h>\nstatic char buf[100];\nint main(void){ snprintf(buf, sizeof buf, "large %%d", 42); puts(buf); return 0; }\n' > l.c
    gcc -O1 -mcmodel=large -c l.c -o l.o
    local ref; ref=$(verdict B b.out "${PRE[@]}" l.o "${POST[@]}")
    compare_bfd "$ref" "${PRE[@]}" l.o "${POST[@]}"
}

case_file_over_4g() {
    # a 4 GiB + 64 KiB .data: file offsets, e_shoff, .symtab beyond 4 GiB
    freestanding_big main.o
    local big ref size=$(((4 << 30) + 65536))
    big=$(cached_bigobj $size .data)
    ref=$(bfd_verdict_cached "file-over-4g $(sha256sum < main.o) $size" -static main.o "$big")
    compare_bfd "$ref" -static main.o "$big"
    [ "$(head -1 <<< "$ref")" = link=0 ] || return 0
    local shoff
    shoff=$(readelf -hW w.out | awk '/Start of section headers/ {print $5}')
    [ "${shoff:-0}" -gt $((1 << 32)) ] || fail "e_shoff $shoff is not beyond 4 GiB"
    readelf -SW w.out > /dev/null 2> rerr; [ ! -s rerr ] || fail "readelf: $(first_line rerr)"
    nm w.out | grep -q ' D big_end$' || fail "big_end missing from .symtab"
    note "file $(stat -c %s w.out) bytes"
    rm -f w.out
}

case_ldata_over_2g() {
    # -mcmodel=medium puts large objects in .ldata (SHF_X86_64_LARGE), which
    # GNU ld places after .bss so that small-model references to .bss reach.
    freestanding_big main.o -mcmodel=medium
    local big ref size=$(((2 << 30) + 65536))
    big=$(cached_bigobj $size .ldata)
    ref=$(bfd_verdict_cached "ldata-over-2g $(sha256sum < main.o) $size" -static main.o "$big")
    compare_bfd "$ref" -static main.o "$big"
    rm -f w.out
}

case_sections_70k() {
    # 70,000 sections: SHN_XINDEX, SHT_SYMTAB_SHNDX, and real section indices
    # in the reserved range 0xff00..0xffff
    local obj=$CACHE/sections70k.o
    if [ ! -f "$obj" ]; then
        awk 'BEGIN { for (i = 0; i < 70000; i++)
                printf ".section .text.f%d,\"ax\",@progbits\n.globl f%d\n.type f%d,@function\nf%d: mov $%d, %%eax\nret\n", i, i, i, i, i * 7 + 1 }' > s70k.s
        as s70k.s -o "$obj.tmp" && mv "$obj.tmp" "$obj" || fail "setup: as failed"
        rm -f s70k.s
    fi
    local n; n=$(readelf -hW "$obj" | sed -n 's/.*Number of section headers: *0 (\([0-9]*\)).*/\1/p')
    [ "${n:-0}" -gt 65535 ] || fail "setup: object has ${n:-?} sections, expected > 65535 (e_shnum 0)"
    {
        echo '#include <stdio.h>'
        for i in 0 1 1000 65000 $(seq 65260 65545) 69999; do echo "int f$i(void);"; done
        echo 'int main(void) { long s = 0;'
        for i in 0 1 1000 65000 $(seq 65260 65545) 69999; do echo "  s = s * 31 + f$i(); printf(\"%d \", f$i());"; done
        echo '  printf("\nsum %ld\n", s); return 0; }'
    } > main.c
    gcc -O1 -c main.c -o main.o
    local ref; ref=$(verdict B b.out "${PRE[@]}" main.o "$obj" "${POST[@]}")
    [ "$(head -1 <<< "$ref")" = link=0 ] || fail "setup: GNU ld fails: $(first_line b.out.lderr)"
    compare_bfd "$ref" "${PRE[@]}" main.o "$obj" "${POST[@]}"
    # and with --gc-sections
    ref=$(verdict B b.out --gc-sections "${PRE[@]}" main.o "$obj" "${POST[@]}")
    compare_bfd "$ref" --gc-sections "${PRE[@]}" main.o "$obj" "${POST[@]}"
}

case_symbol_100k() {
    local n; n=$(head -c 100000 /dev/zero | tr '\0' 'a')
    printf '.text\n.globl %s\n.type %s,@function\n%s: mov $42, %%eax\nret\n' "$n" "$n" "$n" > def.s
    printf '.text\n.globl main\nmain: sub $8, %%rsp\ncall %s\nadd $8, %%rsp\nret\n' "$n" > use.s
    as def.s -o def.o && as use.s -o use.o || fail "setup: as failed"
    local ref; ref=$(verdict B b.out "${PRE[@]}" use.o def.o "${POST[@]}")
    [ "$ref" = "$(printf 'link=0\nexit=42')" ] || fail "setup: GNU ld: $ref"
    compare_bfd "$ref" "${PRE[@]}" use.o def.o "${POST[@]}"
    [ "$(nm w.out | awk 'length($3) == 100000' | wc -l)" = 1 ] || fail "the 100,000-byte name is not in weld's .symtab intact"
}

case_archive_100k() {
    local ar=$CACHE/archive100k-$GEN_SUM.a
    [ -f "$ar" ] || "$GEN" archive "$ar" 100000 || fail "setup: gen archive failed"
    cat > main.c <<'EOF'
#include <stdio.h>
int f0(void), f1(void), f12345(void), f50000(void), f99998(void), f99999(void);
int main(void) { printf("%d %d %d %d %d %d\n", f0(), f1(), f12345(), f50000(), f99998(), f99999()); return 0; }
EOF
    gcc -O1 -c main.c -o main.o
    local t0 t1 tb ref
    t0=$(date +%s.%N)
    ref=$(verdict B b.out "${PRE[@]}" main.o "$ar" "${POST[@]}")
    t1=$(date +%s.%N); tb=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    [ "$ref" = "$(printf 'link=0\n1 4 37036 150001 299995 299998\nexit=0')" ] || fail "setup: GNU ld: $ref"
    t0=$(date +%s.%N)
    compare_bfd "$ref" "${PRE[@]}" main.o "$ar" "${POST[@]}"
    t1=$(date +%s.%N)
    local tw; tw=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    local members; members=$(nm w.out | grep -c ' T f[0-9]*$')
    [ "$members" = 6 ] || fail "weld pulled $members members, expected 6"
    note "link+run: weld ${tw}s, GNU ld ${tb}s"
    awk -v t="$tw" 'BEGIN { exit !(t < 10) }' || fail "weld took ${tw}s"
}

case_response_50k() {
    cat > rsp.c <<'EOF'
#include <stdio.h>
extern char rsym_0[], rsym_1[], rsym_24000[], rsym_49987[];
int main(void) {
    printf("%lx %lx %lx %lx\n", (unsigned long)rsym_0, (unsigned long)rsym_1, (unsigned long)rsym_24000,
           (unsigned long)rsym_49987);
    return 0;
}
EOF
    mkdir -p "dir with space"
    gcc -O1 -c rsp.c -o "dir with space/rsp.o"
    {
        printf '%s\n' "${PRE[@]}"
        printf "'dir with space/rsp.o'\n"
        printf '%s\n' "${POST[@]}"
        awk 'BEGIN { for (i = 0; i < 49988; i++) printf "--defsym=rsym_%d=0x%x\n", i, 4096 + i * 16 }'
    } > args.rsp
    local nargs; nargs=$(wc -l < args.rsp)
    [ "$nargs" -ge 50000 ] || fail "setup: $nargs arguments"
    local ref; ref=$(verdict B b.out @args.rsp)
    [ "$(sed -n 2p <<< "$ref")" = "1000 1010 5ec00 c4430" ] || fail "setup: GNU ld: $ref"
    compare_bfd "$ref" @args.rsp
    note "$nargs arguments"
}

# ================================================ bad shared objects, scripts
#
# Each bad input: exit status 1, one "weld: error:" line naming the file, no
# output file and no temporary; run again over an existing output, which
# must survive unchanged (inode, mode, size, mtime, contents).  A hang is a
# failure after 60 s.

# libbad.so (GNU ld; DT_SONAME libbad.so, DT_NEEDED libc.so.6, two version
# nodes and an old/default .symver pair, TLS, a data object, functions) and
# main.o using it; the clean link must run.
dso_setup() {
    cat > bad.c <<'EOF'
#include <stdio.h>
int bad_data[2] = {40, 2};
__thread int bad_tls = 3;
int bad_func(int x) { return x + bad_data[0] + bad_tls; }
int bad_v1(int x) { return x; }
int bad_v2(int x) { return x * 2; }
__asm__(".symver bad_v1, bad_versioned@BAD_1");
__asm__(".symver bad_v2, bad_versioned@@BAD_2");
void bad_hello(void) { puts("libbad"); }
EOF
    printf 'BAD_1 { global: bad_func; bad_data; bad_tls; local: *; };\nBAD_2 { global: bad_versioned; bad_hello; } BAD_1;\n' > bad.map
    cat > main.c <<'EOF'
#include <stdio.h>
extern int bad_data[2];
extern __thread int bad_tls;
int bad_func(int);
int bad_versioned(int);
void bad_hello(void);
int main(void) { bad_hello(); printf("%d %d %d\n", bad_func(1), bad_versioned(4), bad_data[1] + bad_tls); return 0; }
EOF
    gcc -shared -fPIC -fuse-ld=bfd -O1 -Wl,-soname,libbad.so -Wl,--version-script=bad.map bad.c -o libbad.so &&
        gcc -O1 -fPIE -c main.c -o main.o || fail "setup: cannot build libbad.so"
    W "${DPRE[@]}" main.o libbad.so "${DPOST[@]}" -o good 2> err0 || fail "setup: the clean link fails: $(first_line err0)"
    [ "$(LD_LIBRARY_PATH=. ./good)" = "$(printf 'libbad\n44 8 5')" ] || fail "setup: the clean program prints '$(LD_LIBRARY_PATH=. ./good)'"
    rm -f good err0
}
# the file offset of section NAME of FILE, in decimal
sec_off() {
    local h; h=$(readelf -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' | awk -v n="$2" '$1 == n { print $4; exit }')
    [ -n "$h" ] && echo $((16#$h))
}
# FILE OFFSET BYTES...: write the bytes (hex, e.g. b7 00) at OFFSET
patch() { local f=$1 off=$2; shift 2; local b s=""; for b in "$@"; do s+="\\x$b"; done; printf "$s" | dd of="$f" bs=1 seek="$off" conv=notrunc status=none; }
# WHAT NEEDLE ARGS...: the link with ARGS (-o out added) is rejected properly
expect_bad() {
    local what=$1 needle=$2; shift 2
    rm -f out
    timeout 60 "$WELD" "$@" -o out 2> err; local rc=$?
    [ $rc != 124 ] || fail "$what: weld hangs (killed after 60 s)"
    [ $rc = 1 ] || fail "$what: exit status $rc, expected 1: $(first_line err)"
    [ ! -e out ] || fail "$what: output file created by a failed link"
    no_temps .
    need_errq err "$needle" "$what"
    printf 'previous output, must survive\n' > out
    chmod 0640 out
    touch -d '2001-02-03 04:05:06' out
    local before after
    before=$(stat -c '%i %a %s %Y' out; sha256sum < out)
    timeout 60 "$WELD" "$@" -o out 2> err2; rc=$?
    after=$(stat -c '%i %a %s %Y' out; sha256sum < out)
    [ $rc = 1 ] || fail "$what, over an existing output: exit status $rc: $(first_line err2)"
    [ "$before" = "$after" ] || fail "$what: the existing output changed: [$before] -> [$after]"
    no_temps .
    rm -f out
    echo "$what: $(first_line err)" >> errors.txt
}

case_dso_truncated() {
    dso_setup
    local size n; size=$(stat -c %s libbad.so)
    # empty, inside the ELF header, in the section contents, in the section header table
    for n in 0 40 $((size / 2)) $((size - 1)); do
        head -c $n libbad.so > libtrunc$n.so
        expect_bad "truncated to $n of $size bytes" libtrunc$n.so "${DPRE[@]}" main.o libtrunc$n.so "${DPOST[@]}"
    done
    # and found through -l: the error names the path
    mkdir -p L && head -c $((size / 2)) libbad.so > L/libbad.so
    expect_bad "truncated, as -lbad" L/libbad.so "${DPRE[@]}" main.o -LL -lbad "${DPOST[@]}"
}

case_dso_wrong_class() {
    dso_setup
    # a real 32-bit shared object if gcc -m32 can make one (no libc needed), else EI_CLASS patched
    printf 'int bad_func(int x) { return x; }\nint bad_data[2];\n' > b32.c
    if gcc -m32 -shared -fPIC -nostdlib -fuse-ld=bfd -Wl,-soname,libbad.so b32.c -o lib32.so 2> /dev/null; then
        note "32-bit: gcc -m32"
    else
        cp libbad.so lib32.so && patch lib32.so 4 01
        note "32-bit: EI_CLASS patched"
    fi
    expect_bad "ELFCLASS32 shared object" lib32.so "${DPRE[@]}" main.o lib32.so libbad.so "${DPOST[@]}"
    grep -qi '32-bit' err || fail "the error does not say 32-bit: $(first_line err)"
    cp libbad.so libclass.so && patch libclass.so 4 01
    expect_bad "EI_CLASS 1 in an ELF64 file" libclass.so "${DPRE[@]}" main.o libclass.so "${DPOST[@]}"
    cp libbad.so libbe.so && patch libbe.so 5 02
    expect_bad "EI_DATA big-endian" libbe.so "${DPRE[@]}" main.o libbe.so "${DPOST[@]}"
}

case_dso_wrong_machine() {
    dso_setup
    cp libbad.so libarm.so && patch libarm.so 18 b7 00
    expect_bad "e_machine EM_AARCH64" libarm.so "${DPRE[@]}" main.o libarm.so "${DPOST[@]}"
    grep -qi 'aarch64' err || fail "the error does not name the machine: $(first_line err)"
    cp libbad.so libm0.so && patch libm0.so 18 ff 7f
    expect_bad "e_machine 0x7fff" libm0.so "${DPRE[@]}" main.o libm0.so "${DPOST[@]}"
    # found through -l
    mkdir -p L && cp libarm.so L/libbad.so
    expect_bad "e_machine EM_AARCH64 as -lbad" L/libbad.so "${DPRE[@]}" main.o -LL -lbad "${DPOST[@]}"
}

case_dso_bad_version_index() {
    dso_setup
    local vs idx
    vs=$(sec_off libbad.so .gnu.version)
    idx=$(readelf --dyn-syms -W libbad.so | awk '$8 ~ /^bad_func@/ { sub(":", "", $1); print $1 }')
    [ -n "$vs" ] && [ -n "$idx" ] || fail "setup: no .gnu.version or bad_func in libbad.so"
    # bad_func's version index: undefined (0x7ff0), one past the highest index of
    # .gnu.version_d and .gnu.version_r, all bits set.  (An index of .gnu.version_r
    # on a definition, which GNU ld rejects too, weld accepts on purpose: the
    # copy-relocated variables of a PIE linked against, see src/dso.c.)
    local top; top=$(readelf -VW libbad.so | sed -n 's/.*Index: \([0-9]*\).*/\1/p; s/.*Name: .*Version: \([0-9]*\).*/\1/p' | sort -n | tail -1)
    [ -n "$top" ] || fail "setup: no version indices in libbad.so"
    cp libbad.so libv1.so && patch libv1.so $((vs + 2 * idx)) f0 7f
    expect_bad ".gnu.version[$idx] = 0x7ff0" libv1.so "${DPRE[@]}" main.o libv1.so "${DPOST[@]}"
    cp libbad.so libv2.so && patch libv2.so $((vs + 2 * idx)) $(printf '%02x' $((top + 1))) 00
    expect_bad ".gnu.version[$idx] = $((top + 1)) (highest index $top)" libv2.so "${DPRE[@]}" main.o libv2.so "${DPOST[@]}"
    cp libbad.so libv3.so && patch libv3.so $((vs + 2 * idx)) ff ff
    expect_bad ".gnu.version[$idx] = 0xffff" libv3.so "${DPRE[@]}" main.o libv3.so "${DPOST[@]}"
    # the chains: .gnu.version_d's first vd_aux (offset 12) and vd_next (16) point outside the section
    local vd; vd=$(sec_off libbad.so .gnu.version_d)
    cp libbad.so libvd.so && patch libvd.so $((vd + 12)) ff ff 00 00
    expect_bad ".gnu.version_d vd_aux 0xffff" libvd.so "${DPRE[@]}" main.o libvd.so "${DPOST[@]}"
    cp libbad.so libvn.so && patch libvn.so $((vd + 16)) 00 10 00 00
    expect_bad ".gnu.version_d vd_next 0x1000" libvn.so "${DPRE[@]}" main.o libvn.so "${DPOST[@]}"
    # DT_SONAME's string offset past .dynstr
    local dyn k; dyn=$(sec_off libbad.so .dynamic)
    k=$(readelf -dW libbad.so | awk '/\(SONAME\)/ { print n } /^ *0x/ { n++ }')
    [ -n "$k" ] || fail "setup: no DT_SONAME in libbad.so"
    cp libbad.so libdyn.so && patch libdyn.so $((dyn + 16 * k + 8)) 00 00 00 40
    expect_bad "DT_SONAME offset 0x40000000" libdyn.so "${DPRE[@]}" main.o libdyn.so "${DPOST[@]}"
}

case_script_self_include() {
    dso_setup
    printf '/* includes itself */\nINPUT ( self.ld )\n' > self.ld
    expect_bad "INPUT(self)" self.ld "${DPRE[@]}" main.o libbad.so self.ld "${DPOST[@]}"
    printf 'GROUP ( gself.ld libbad.so )\n' > gself.ld
    expect_bad "GROUP(self)" gself.ld "${DPRE[@]}" main.o gself.ld "${DPOST[@]}"
    printf 'GROUP ( libbad.so AS_NEEDED ( aself.ld ) )\n' > aself.ld
    expect_bad "GROUP(AS_NEEDED(self))" aself.ld "${DPRE[@]}" main.o aself.ld "${DPOST[@]}"
    printf 'INPUT ( two.ld )\n' > one.ld
    printf 'GROUP ( one.ld )\n' > two.ld
    expect_bad "INPUT(two) / GROUP(one)" one.ld "${DPRE[@]}" main.o libbad.so one.ld "${DPOST[@]}"
    # through -l: libloop.so is a script naming -lloop
    mkdir -p L && printf 'INPUT ( -lloop )\n' > L/libloop.so
    expect_bad "libloop.so: INPUT(-lloop)" libloop.so "${DPRE[@]}" main.o libbad.so -LL -lloop "${DPOST[@]}"
    # and in a static link
    printf 'GROUP ( sself.ld )\n' > sself.ld
    expect_bad "GROUP(self), static" sself.ld "${PRE[@]}" main.o sself.ld "${POST[@]}"
}

# =========================================================== error quality

case_err_longsym() {
    local n; n=$(head -c 100000 /dev/zero | tr '\0' 'b')
    printf '.text\n.globl main\nmain: sub $8, %%rsp\ncall %s\nadd $8, %%rsp\nret\n' "$n" > use.s
    printf '.data\n.globl %s\n%s: .quad 1\n' "$n" "$n" > def1.s
    cp def1.s def2.s
    as use.s -o use.o && as def1.s -o def1.o && as def2.s -o def2.o || fail "setup: as failed"
    local why=""
    W "${PRE[@]}" use.o "${POST[@]}" -o prog 2> err1
    [ $? = 1 ] || why+="undefined: status not 1; "
    errq err1 use.o
    [ -z "$ERRQ" ] || why+="undefined 100 KB symbol: ${ERRQ:0:120}...; "
    W "${PRE[@]}" use.o def1.o def2.o "${POST[@]}" -o prog 2> err2
    [ $? = 1 ] || why+="duplicate: status not 1; "
    errq err2 def2.o
    [ -z "$ERRQ" ] || why+="duplicate 100 KB symbol: ${ERRQ:0:120}...; "
    [ ! -e prog ] || why+="output created; "
    [ -z "$why" ] || fail "$why"
}

case_err_response_missing() {
    hello main.o
    W "${PRE[@]}" main.o @no-such-file.rsp "${POST[@]}" -o prog 2> err; local rc=$?
    [ $rc = 1 ] || fail "status $rc, expected 1"
    need_errq err no-such-file.rsp "missing response file"
    [ ! -e prog ] || fail "output created"
}

ALL_CASES=(
    fail-no-output fail-keeps-existing output-is-input output-missing-dir output-is-dir
    ulimit-fsize disk-full umask-mode signal-int-term signal-quit sigpipe-stderr sigbus-input
    output-dev-null output-dev-null-user long-output-name
    bss-5g mcmodel-large-hello file-over-4g ldata-over-2g sections-70k symbol-100k archive-100k response-50k
    err-longsym err-response-missing
    dso-truncated dso-wrong-class dso-wrong-machine dso-bad-version-index script-self-include
)
START=$SECONDS
for c in "${ALL_CASES[@]}"; do run_case "$c"; done
# the reproducers of fixed bugs: each prints OK or BUG
for r in "$(dirname "${BASH_SOURCE[0]}")"/repro/[a-z]*.sh; do
    out=$(timeout 120 bash "$r" "$WELD" 2>&1 | tail -n 1)
    case $out in
        OK:*) echo "PASS repro/$(basename "$r" .sh)"; NPASS=$((NPASS + 1)) ;;
        *) echo "FAIL repro/$(basename "$r" .sh): $out"; NFAIL=$((NFAIL + 1)) ;;
    esac
done
echo "# weld: $WELD; tier time $((SECONDS - START))s"
echo "$NPASS passed, $NFAIL failed"
[ "$NFAIL" = 0 ]
