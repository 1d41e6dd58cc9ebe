# setjmp/longjmp across files and sigsetjmp/siglongjmp.
build() {
    cc_c jmp.c main.c
    link -static main.o jmp.o -o prog
}
