# Copy relocation of library variables with weak aliases at the same
# address (lib_value / lib_value_alias, lib_arr / lib_arr_alias, like glibc's
# environ / __environ).  The executable writes through one name and reads
# through the other; the library reads both.  All names must end up at the
# one copy.  (Two *strong* aliases are left out: GNU ld copies them
# separately.)
MODES="pie nopie"
build() {
    shlib_c libalias.so lib.c
    cc_c main.c
    link main.o -L. -lalias -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
