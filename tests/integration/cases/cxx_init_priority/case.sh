# __attribute__((init_priority(N))) objects spread over four objects, mixed
# with default-priority objects and a constructor(N) function: construction in
# priority order (.init_array.NNNNN sorting), destruction in reverse.
# Equal priorities in different objects follow link order.
build() {
    cxx_c log.cc a.cc b.cc c.cc main.cc
    link_cxx -static log.o a.o b.o c.o main.o -o prog
}
