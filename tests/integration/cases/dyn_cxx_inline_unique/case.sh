# One object per program: an inline variable, a template's static data
# member and a function-local static of an inline function (STB_GNU_UNIQUE
# or weak, emitted in the executable and in the library).  The executable's
# definitions must be exported so that the library binds to them: both
# sides see the same addresses and the same counts.
MODES="pie nopie"
build() {
    shlib_cxx libuniq.so -std=c++17 lib.cc
    cxx_c -std=c++17 main.cc
    link_cxx main.o -L. -luniq -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
