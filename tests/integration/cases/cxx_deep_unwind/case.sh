# Unwinding through every frame of a deep call chain: step_a -> step_b ->
# step_c -> step_a ... across three objects, 200 levels deep, throw at the
# bottom, catch in main; every frame's destructors run (counted, ordered),
# non-matching catch clauses on the way are skipped; _Unwind_Backtrace
# walks the whole chain.
build() {
    cxx_c a.cc b.cc c.cc main.cc
    link_cxx -static main.o c.o a.o b.o -o prog
}
