# $ORIGIN in a library's run path: libtop.so is linked with
# -rpath '$ORIGIN/sub' and depends on sub/libdep.so, and it dlopens
# sub/libdlo.so by bare name.  The program finds libtop.so through its own
# -rpath '$ORIGIN' and runs from another directory without
# LD_LIBRARY_PATH, so the dependency and the dlopen only succeed if
# libtop's DT_RUNPATH holds the literal $ORIGIN/sub.
build_lib() {
    mkdir -p sub
    mklib sub/libdep.so dep.c
    mklib sub/libdlo.so dlo.c
    mklib libtop.so top.c -Lsub -ldep -Wl,-rpath,'$ORIGIN/sub'
}
build_prog() { link -O1 main.c -L. -ltop -Wl,-rpath-link,sub -Wl,-rpath,'$ORIGIN' -o prog; }
run() { cd sub && ../prog; }
