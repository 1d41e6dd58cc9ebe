# A .ctors section of 12 bytes with one relocation cannot be copied word by
# word in reverse into .init_array (GNU ld: the same message)
gcc -c bad_ctors.s
$WELD -static -e ctor bad_ctors.o -o prog
