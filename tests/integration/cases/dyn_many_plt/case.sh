# 300 distinct library functions (generated in build()) called from the
# executable: 300 PLT entries / JUMP_SLOT relocations, each called twice
# (lazy resolution, then the bound slot), and every tenth also through a
# function pointer taken in the executable.
MODES="pie nopie"
build() {
    {
        for i in $(seq 0 299); do echo "int fn_$i(int x) { return x * $((i % 7 + 1)) + $i; }"; done
    } > lib.c
    {
        echo '#include <stdio.h>'
        for i in $(seq 0 299); do echo "int fn_$i(int x);"; done
        echo 'static int (*const ptrs[])(int) = {'
        for i in $(seq 0 10 299); do echo "    fn_$i,"; done
        echo '};'
        echo 'int main(void) {'
        echo '    long a = 0, b = 0, c = 0;'
        for i in $(seq 0 299); do echo "    a += fn_$i($i);"; done
        for i in $(seq 0 299); do echo "    b ^= fn_$i(a & 0xff) * $((i + 1));"; done
        echo '    for (unsigned i = 0; i < sizeof ptrs / sizeof ptrs[0]; i++) c += ptrs[i]((int)i);'
        echo '    printf("a=%ld b=%ld c=%ld\n", a, b, c);'
        echo '    return 0;'
        echo '}'
    } > main.c
    shlib_c libmany.so lib.c
    cc_c main.c
    link main.o -L. -lmany -o prog
    n=$(readelf -rW prog | grep -c 'JUMP_SLOT.*fn_')
    [ "$n" -ge 250 ] || { echo "only $n JUMP_SLOT relocations for fn_*" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; LD_LIBRARY_PATH=. LD_BIND_NOW=1 ./prog; }
