# -Wl,--eh-frame-hdr in a static link: PT_GNU_EH_FRAME + _Unwind_Backtrace.
build() {
    cc_c -fasynchronous-unwind-tables main.c
    link -static -Wl,--eh-frame-hdr main.o -o prog
}
