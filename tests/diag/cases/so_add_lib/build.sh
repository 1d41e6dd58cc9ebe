# the symbol is in a shared library of the -L path that the link does not name
gcc -c main.c && mkdir -p lib && gcc -shared -fPIC -fuse-ld=bfd lib.c -o lib/libsquash.so
$WELD -pie -e main -Llib main.o -o prog
