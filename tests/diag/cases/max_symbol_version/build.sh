# glibc 2.36 here: pthread_create, pthread_join and __libc_start_main are
# GLIBC_2.34, newer than the 2.28 cap (the GLIBC_2.2.5 ones pass)
mkdir -p ldir && ln -sf "$WELD" ldir/ld
gcc -c main.c
gcc -B ldir -Wl,--max-symbol-version=libc.so.6:GLIBC_2.28 main.o -o prog 2>&1 | grep '^weld' | sed 's|^weld: error: /[^:]*/Scrt1.o|weld: error: Scrt1.o|' >&2
exit "${PIPESTATUS[0]}"
