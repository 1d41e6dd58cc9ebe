# IFUNC addresses stored in data (needs IRELATIVE / canonical PLT) in PIC and non-PIC objects.
# tab_nopic.o is not position-independent: a PIE would need a text relocation, which weld refuses
MODES="static nopie"
build() {
    cc_c impl.c main.c tab_pic.c
    cc_c -fno-pic tab_nopic.c
    link -static main.o impl.o tab_nopic.o tab_pic.o -o prog
}
