# A warning, as GNU ld's, for each reference past the end (or before the
# start) of a merged string section; the link succeeds
gcc -c refs.s
$WELD -static refs.o -o prog
readelf -x .myrefs prog | tail -n +3
