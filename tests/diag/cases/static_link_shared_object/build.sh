# -static takes no shared objects: the one named by path is refused
gcc -c main.c
gcc -shared -fPIC -fuse-ld=bfd -o libx.so -x c /dev/null
$WELD -static -e main main.o libx.so -o prog
