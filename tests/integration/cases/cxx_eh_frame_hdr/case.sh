# -Wl,--eh-frame-hdr with C++ exceptions in a static program: the
# PT_GNU_EH_FRAME binary-search table (encodings, sorted, entries inside the
# executable segment) is used by the unwinder for throw, backtrace and
# _Unwind_FindEnclosingFunction.
build() {
    cc_c hdr.c
    cxx_c thrower.cc main.cc
    link_cxx -static -Wl,--eh-frame-hdr main.o thrower.o hdr.o -o prog
}
