# Visibility across the executable/library boundary (-rdynamic): the
# library has a protected function (its own calls bind locally, even
# though the executable defines the same name), a default one (its calls
# go to the executable's), a hidden one; the executable has hidden and
# internal symbols (not exported, dlsym finds none) and protected ones.
MODES="pie nopie"
build() {
    shlib_c libvis.so lib.c
    cc_c main.c
    link -rdynamic main.o -L. -lvis -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
