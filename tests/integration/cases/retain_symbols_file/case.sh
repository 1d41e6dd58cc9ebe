# --retain-symbols-file=FILE: only the symbols FILE names (words separated
# by any white space) are in .symtab, locals and globals alike.  A kept
# local's file gets its STT_FILE symbol named after the object (main.o,
# helper.o) unless FILE names the file symbol itself.  An import is looked
# up as NAME@@VERSION (environ, puts; plain "printf" does not keep the
# import, but keeps libc.a's printf in a static link).  A later -s wins;
# -x still drops the listed locals.  Compared: type, binding and name
# (without @VERSION: weld writes imports' names without it) of every
# .symtab symbol, the globals sorted.
build() {
    cc_c main.c helper.s
    link -static main.o helper.o -Wl,--retain-symbols-file=keep.txt -o prog
    link -static main.o helper.o -Wl,--retain-symbols-file,keep.txt,-x -o prog_x
    link -static main.o helper.o -Wl,--retain-symbols-file=keep.txt,-s -o prog_s
    printf 'main.c listed_static main' > keep2.txt
    link -static main.o helper.o -Wl,--retain-symbols-file=keep2.txt -o prog_file
}
symtab() {
    readelf -sW $1 | sed -n '/^Symbol table .\.symtab/,$p' | awk 'NR > 3 { print $4, $5, $8 }' | sed 's/@.*//' >syms.txt
    grep ' LOCAL ' syms.txt; grep -v ' LOCAL ' syms.txt | sort
}
run() {
    ./prog
    for p in prog prog_x prog_s prog_file; do
        echo "== $p"
        symtab $p
    done
}
