# Dynamic -lm: sqrt/cbrt/exp/log/pow/fmod/frexp/ldexp, lgamma setting
# libm's variable signgam (copy-relocated into the executable), fenv
# rounding modes with rint/nearbyint.
MODES="pie nopie"
build() {
    cc_c -fno-builtin main.c
    link main.o -lm -o prog
    readelf -dW prog | grep -q 'NEEDED.*\[libm\.so\.6\]' || { echo "libm.so.6 not NEEDED" >&2; exit 1; }
}
