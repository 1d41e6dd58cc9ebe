# .note.gnu.property options (x86-64): -z ibt and -z shstk force their bit
# into GNU_PROPERTY_X86_FEATURE_1_AND even when an input lacks it (the
# inputs' AND is then 0), -z x86-64-v2..v4 ORs its bit into
# GNU_PROPERTY_X86_ISA_1_NEEDED (the last one wins), and
# -z cet-report=warning|error names each relocatable input without IBT
# or SHSTK ("missing IBT and SHSTK properties", "missing IBT property",
# ...), -z ibt / -z shstk leaving their half out; with =error the link
# fails.  The program is linked with -z ibt,-z shstk,-z x86-64-v2 and run;
# raw links of objects built with -fcf-protection, =none, =branch, =return
# and -march=x86-64-v3 -mneeded (ISA_1_NEEDED baseline..v3), an archive
# member among them, compare readelf -n and PT_GNU_PROPERTY (size, flags,
# alignment) and the reports, with the linker's own prefix and the file's
# directory dropped.  (-z x86-64-baseline is left out: GNU ld 2.40 aborts
# on it.)
build() {
    cc_c -fcf-protection main.c full.c
    cc_c -fcf-protection=none plain.c none.c
    cc_c -fcf-protection=branch ibt.c
    cc_c -fcf-protection=return shstk.c
    cc_c -fcf-protection -march=x86-64-v3 -mneeded v3.c
    ar rc libx.a shstk.o
    link -static -Wl,-z,ibt,-z,shstk,-z,x86-64-v2 main.o plain.o -o prog
    local e="-static -e f_full -u f_shstk"
    $LD $e full.o ibt.o -o p_and
    $LD $e -z ibt full.o none.o -o p_ibt
    $LD $e -z shstk full.o ibt.o -o p_shstk
    $LD $e -z ibt -z shstk none.o -o p_both
    $LD $e -z x86-64-v4 -z x86-64-v3 full.o -o p_v3
    $LD $e -z x86-64-v2 v3.o full.o -o p_v2
    $LD $e -z x86-64-v4 -z ibt none.o v3.o -o p_v4
    $LD $e -z cet-report=warning full.o none.o ibt.o libx.a v3.o -o p_warn 2> warn.txt
    $LD $e -z cet-report=warning -z shstk full.o none.o ibt.o libx.a -o p_warn2 2> warn2.txt
    $LD -static -e f_none -z cet-report=warning -z cet-report=none none.o -o p_none 2> none.txt
    if $LD $e -z cet-report=error full.o none.o libx.a -o p_err 2> err.txt; then echo 0; else echo 1; fi > err.rc
}
run() {
    ./prog
    for p in p_and p_ibt p_shstk p_both p_v3 p_v2 p_v4 p_warn; do
        echo "== $p"
        readelf -n -W $p | grep NT_GNU_PROPERTY_TYPE_0 | sed 's/^ *//'
        readelf -l -W $p | awk '$1 == "GNU_PROPERTY" { print $1, $5, $6, $7, $8 }'
    done
    for f in warn.txt warn2.txt none.txt err.txt err.rc; do
        echo "== $f"
        sed -E 's/^.*[ \/]([^ \/]+\.o\)?): (warning: |error: )?missing/\1: missing/' $f
    done
    [ -e p_err ] && echo "p_err written" || true
}
