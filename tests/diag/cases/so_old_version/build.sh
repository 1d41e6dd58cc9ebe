# only foo@VER_1 (a hidden, non-default version) exists: a plain reference does not bind to it
gcc -c main.c && gcc -shared -fPIC -fuse-ld=bfd -Wl,--version-script=v.map lib.c -o libv.so
$WELD -pie -e main main.o libv.so -o prog
