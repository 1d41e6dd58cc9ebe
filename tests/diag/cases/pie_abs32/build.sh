# an absolute 32-bit address cannot be used in a PIE: the error names the
# place and the symbol and says what to do
gcc -c -fPIE main.c
gcc -c abs.s
$WELD -pie -e main main.o abs.o -o prog
