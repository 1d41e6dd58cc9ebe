# Virtual inheritance (diamond and a virtual Diamond base): VTT, construction
# vtables, virtual-base offsets, thunks, with classes spread over objects.
build() {
    cxx_c base.cc make.cc describe.cc main.cc
    link_cxx -static main.o describe.o make.o base.o -o prog
}
