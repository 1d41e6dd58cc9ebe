# -z muldefs is --allow-multiple-definition: the first definition wins, here
# data of different sizes (the second is larger; the first's size stays)
# and a function defined in two archives' members, both extracted.
build() {
    cc_c main.c small.c large.c lib1.c lib2.c
    mkar lib1.a lib1.o
    mkar lib2.a lib2.o
    link -static main.o small.o large.o lib1.a lib2.a -Wl,-z,muldefs -o prog
}
