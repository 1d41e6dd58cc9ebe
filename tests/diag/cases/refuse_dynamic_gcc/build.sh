mkdir -p ldir && ln -sf "$WELD" ldir/ld
# a default (dynamic, no-pie) gcc link: gcc asks for the shared libgcc_s
gcc -B ldir -no-pie main.c -o prog 2>&1 | grep '^weld' >&2
exit "${PIPESTATUS[0]}"
