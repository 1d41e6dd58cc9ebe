# 16 generated objects chained through each other, half of them in an archive.
build() {
    for i in $(seq 0 15); do
        {
            echo "int link_$i(int x);"
            echo "static const char tag_${i}[] = \"obj$i\";"
            echo "int var_$i = $i;"
            if [ "$i" -lt 15 ]; then
                echo "int link_$((i + 1))(int x);"
                echo "int link_$i(int x) { return link_$((i + 1))(x + var_$i) + (tag_${i}[3] - '0'); }"
            else
                echo "int link_$i(int x) { return x; }"
            fi
        } > gen_$i.c
    done
    $CC $CFLAGS_BASE -c gen_*.c main.c   # one driver run for all files
    objs=""; for i in $(seq 0 7); do objs="$objs gen_$i.o"; done
    mem=""; for i in $(seq 8 15); do mem="$mem gen_$i.o"; done
    mkar libgen.a $mem
    link -static main.o $objs libgen.a -o prog
}
