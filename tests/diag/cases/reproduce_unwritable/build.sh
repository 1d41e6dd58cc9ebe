# --reproduce: a tar that cannot be written is a warning; the link still
# works.  A directory that does not exist; a device that is written in place
# (not replaced by a renamed FILE.tmp) and fails.
gcc -c main.c
$WELD -static -e main main.o -o prog --reproduce=no/such/dir/r.tar
test -f prog
$WELD -static -e main main.o -o prog --reproduce=/dev/full
test -c /dev/full
