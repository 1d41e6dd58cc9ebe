# --exclude-libs: a shared library that links PIC static archives
# (libhelper.a, libkeep.a).  Without the option the archive members' global
# symbols are exported; with --exclude-libs,ALL none are; with
# --exclude-libs,libhelper.a only libhelper.a's are hidden and libkeep.a's
# stay exported; naming an archive that is not in the link changes nothing.
# The library's own API is exported in every variant and still reaches the
# (now local) helper code.  The program dlopens each variant and probes
# the symbols with dlsym.
build_lib() {
    cc_pic helper.c keep.c
    mkar libhelper.a helper.o
    mkar libkeep.a keep.o
    mklib libplain.so api.c -L. -lhelper -lkeep
    mklib libexall.so api.c -L. -lhelper -lkeep -Wl,--exclude-libs,ALL
    mklib libexnamed.so api.c -L. -lhelper -lkeep -Wl,--exclude-libs,libhelper.a
    mklib libexother.so api.c -L. -lhelper -lkeep -Wl,--exclude-libs,libnothere.a
    rm -f helper.o keep.o
}
build_prog() { link -O1 main.c -o prog; }
