# --build-id=sha256 (weld's own; GNU ld 2.40 ignores the style with a
# warning): a 32-byte NT_GNU_BUILD_ID, the same for any thread count and
# on a pipe, different from sha1's
gcc -c main.c
ld="gcc -B $(dirname "$WELD")/../libexec/weld/ -static main.o"
$ld -Wl,--build-id=sha256,--threads=1 -o prog1
$ld -Wl,--build-id=sha256,--threads=8 -o prog
$ld -Wl,--build-id=sha256 -o /dev/stdout | cat >prog_pipe
$ld -Wl,--build-id=sha1 -o prog_sha1
cmp prog1 prog && cmp prog prog_pipe && echo "identical for 1 and 8 threads and on a pipe"
readelf -n prog | awk '/NT_GNU_BUILD_ID/ { print "descsz", $2 } /Build ID:/ { print "Build ID:", length($3) / 2, "bytes" }'
id() { readelf -n "$1" | sed -n 's/.*Build ID: //p'; }
[ "$(id prog)" != "$(id prog_sha1)" ] && [ "$(id prog | cut -c1-40)" != "$(id prog_sha1)" ] && echo "not sha1's"
./prog
