# --allow-multiple-definition: two strong definitions are no error, the first
# one the link meets wins (functions and data, in objects and in an archive
# member extracted for another symbol).  A weak definition still yields to
# the first strong one after it.  Calls inside the second file to its own
# global function go to the winner too, unless the compiler bound them
# locally.
build() {
    cc_c main.c first.c second.c third.c member.c
    mkar libm.a member.o
    link -static main.o first.o second.o third.o libm.a -Wl,--allow-multiple-definition -o prog
}
