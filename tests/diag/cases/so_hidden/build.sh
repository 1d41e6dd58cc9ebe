# the library defines it, but hidden: not in its .dynsym, only in its .symtab
gcc -c main.c && gcc -shared -fPIC -fuse-ld=bfd lib.c -o libv.so
$WELD -pie -e main main.o libv.so -o prog
