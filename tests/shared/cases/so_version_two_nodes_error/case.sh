# A symbol named exactly in two version nodes.  Despite the case's name
# this is not an error case: GNU ld 2.40 accepts such a script silently
# and gives the symbol the first node that names it in the script (V1 for
# dual in libtwo.so; with the nodes written the other way round in
# librev.so, V2).  Also checked: an exact name beats a glob of an earlier
# node (dualx: du* in V1, exact in V2 -> V2), a name repeated inside one
# node, and that the program binds to (and dlvsym finds) the version each
# symbol got.
build_lib() {
    mklib libtwo.so -Wl,--version-script,two.map two.c
    mklib librev.so -DREV -Wl,--version-script,rev.map two.c
}
build_prog() { link -O1 main.c -L. -ltwo -lrev -o prog; }
