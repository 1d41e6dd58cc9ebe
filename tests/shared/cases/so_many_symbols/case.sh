# A large generated library: 3000 exported functions and 1000 exported
# variables (assembly written by a shell loop in build_lib, so compiling is
# cheap), plus a C table of pointers to all 3000 functions (3000 symbolic
# dynamic relocations) that the library walks itself.  .dynsym, .gnu.hash,
# .dynstr and the relocation sections are big.  The program calls a sample
# directly (PLT, copy relocations) and looks up every one of the 4000
# symbols with dlsym, checking each function's result and each variable's
# value.
build_lib() {
    local i
    {
        echo '.text'
        i=0
        while [ $i -lt 3000 ]; do
            printf '.globl many_fn_%d\n.type many_fn_%d,@function\nmany_fn_%d:\n' $i $i $i
            printf '\tlea %d(%%rdi,%%rdi,2),%%eax\n\tret\n.size many_fn_%d,.-many_fn_%d\n' $i $i $i
            i=$((i + 1))
        done
        echo '.data'
        i=0
        while [ $i -lt 1000 ]; do
            printf '.globl many_var_%d\n.type many_var_%d,@object\n.size many_var_%d,8\n.p2align 3\n' $i $i $i
            printf 'many_var_%d:\n\t.quad %d\n' $i $((i * 7))
            i=$((i + 1))
        done
        echo '.section .note.GNU-stack,"",@progbits'
    } > gen.s
    {
        i=0
        while [ $i -lt 3000 ]; do printf 'int many_fn_%d(int);\n' $i; i=$((i + 1)); done
        echo 'int (*const many_table[3000])(int) = {'
        i=0
        while [ $i -lt 3000 ]; do printf 'many_fn_%d,\n' $i; i=$((i + 1)); done
        echo '};'
    } > table.c
    mklib libmany.so gen.s table.c walk.c
}
build_prog() { link -O1 main.c -L. -lmany -o prog; }
