# --gc-sections with C++ exceptions (-ffunction-sections -fdata-sections):
# .gcc_except_table LSDAs, the personality routine and type_info objects
# referenced only from LSDAs must be kept while unused code is dropped.
build() {
    cxx_c -ffunction-sections -fdata-sections lib.cc main.cc
    link_cxx -static -Wl,--gc-sections main.o lib.o -o prog
}
