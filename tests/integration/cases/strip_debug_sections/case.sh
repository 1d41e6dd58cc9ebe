# -S / --strip-debug drops every section bfd calls a debugging section
# (non-alloc .debug*, .zdebug*, .gnu.debuglto_.debug_*, .gnu.linkonce.wi.*,
# .line*, .stab* with .stabstr, .gdb_index) and nothing else; -s drops them
# too, with .symtab.  Of -s, -S and --retain-symbols-file the last one
# wins (after an earlier -s or -S, the file keeps the debug sections).
# main.c is built with -g, so .debug_info and friends come from it.
# Compared: the names of the sections that remain, and whether .symtab is
# there.
build() {
    cc_c -g main.c
    cc_c dbg.s
    link -static main.o dbg.o -Wl,-S -o prog
    link -static main.o dbg.o -Wl,--strip-debug -o prog_strip_debug
    link -static main.o dbg.o -s -o prog_s
    link -static main.o dbg.o -Wl,-s,-S -o prog_s_S
    link -static main.o dbg.o -Wl,-S,-s -o prog_S_s
    link -static main.o dbg.o -Wl,--retain-symbols-file=keep.txt,-S -o prog_retain_S
    link -static main.o dbg.o -Wl,-S,--retain-symbols-file=keep.txt -o prog_S_retain
}
run() {
    ./prog
    for p in prog prog_strip_debug prog_s prog_s_S prog_S_s prog_retain_S; do
        echo "$p:" $(readelf -SW $p | sed -n 's/^ *\[ *[0-9]*\] \([^ ]*\) .*/\1/p' |
            grep -E '^\.(debug|zdebug|gnu\.debuglto|gnu\.linkonce|line|stab|gdb_index|comment2|note\.mine|symtab|strtab)' | sort)
        echo "$p: $(readelf -sW $p | grep -c ' main$') main"
    done
    # the file wins over an earlier -S: debug sections stay, only dbgfn in .symtab
    echo "prog_S_retain: $(readelf -SW prog_S_retain | grep -cE ' \.(debug_foo|zdebug_bar|line) ') debug sections," \
         "$(readelf -sW prog_S_retain | grep -cE ' (main|dbgfn)$') symbols"
}
