# A static archive and shared libraries in one dynamic link:
# -Wl,-Bstatic -lfoo -Wl,-Bdynamic -lbar.  libfoo.a's member is linked in
# (no DT_NEEDED), libbar.so is needed; a libfoo.so next to libfoo.a is
# ignored because of -Bstatic; the archive code calls into libbar.so.
MODES="pie nopie"
build() {
    cc_c foo.c
    mkar libfoo.a foo.o
    shlib_c libfoo.so -DWRONG foo.c
    shlib_c libbar.so bar.c
    cc_c main.c
    link main.o -L. -Wl,-Bstatic -lfoo -Wl,-Bdynamic -lbar -o prog
    readelf -dW prog > dyn.txt
    grep -q 'NEEDED.*\[libbar\.so\]' dyn.txt || { echo "libbar.so not NEEDED" >&2; exit 1; }
    if grep -q 'NEEDED.*libfoo' dyn.txt; then echo "libfoo NEEDED" >&2; exit 1; fi
}
run() { LD_LIBRARY_PATH=. ./prog; }
