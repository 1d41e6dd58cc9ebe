# -z pack-relative-relocs (DT_RELR) in a shared library full of pointers:
# a long run of consecutive pointers (bitmap words), pointers at strides
# of 16, 72, 520 and 4104 bytes (bitmap gaps and new address entries),
# pointers in .data and .data.rel.ro, an unaligned pointer in a packed
# struct (must stay an R_X86_64_RELATIVE in .rela.dyn), and symbolic
# pointers to exported symbols (not RELR).  The library and the program
# (also linked with -z pack-relative-relocs) check every pointer.
build_lib() {
    local i
    {
        echo '#include <stddef.h>'
        echo 'static const char s[] = "abcdefghijklmnopqrstuvwxyz0123456789";'
        echo 'int exported_target = 5;'
        echo 'int *exported_ptrs[3] = {&exported_target, &exported_target, &exported_target};'
        printf 'const char *run[%d] = {' 700
        i=0; while [ $i -lt 700 ]; do printf 's + %d,' $((i % 36)); i=$((i + 1)); done
        echo '};'
        printf 'const char *const ro_run[%d] = {' 130
        i=0; while [ $i -lt 130 ]; do printf 's + %d,' $(((i * 7) % 36)); i=$((i + 1)); done
        echo '};'
        for st in 16 72 520 4104; do
            echo "struct st$st { const char *p; char pad[$((st - 8))]; };"
            printf 'struct st%d strided_%d[%d] = {' $st $st 40
            i=0; while [ $i -lt 40 ]; do printf '{s + %d},' $(((i * 5) % 36)); i=$((i + 1)); done
            echo '};'
        done
        echo 'struct __attribute__((packed)) unal { char c; const char *p; } unaligned = {1, s + 3};'
    } > ptrs.c
    mklib libpack.so -O0 -Wl,-z,pack-relative-relocs ptrs.c check.c
}
build_prog() { link -O1 -Wl,-z,pack-relative-relocs main.c -L. -lpack -o prog; }
