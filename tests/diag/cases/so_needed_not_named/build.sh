# main.c calls b_fn, which only libb.so defines; the command line names
# liba.so, which needs libb.so: the hint says to add libb.so (GNU ld's
# "DSO missing from command line")
gcc -shared -fPIC -fuse-ld=bfd b.c -o libb.so
gcc -shared -fPIC -fuse-ld=bfd a.c -L. -lb -o liba.so
gcc -c main.c
$WELD -pie -e main main.o -L. -la -rpath-link . -o prog
