# -z max-page-size=0x10000: every PT_LOAD aligned to 64 KiB (p_align and
# the segment starts), the RELRO end on a 64 KiB boundary, as GNU ld 2.40.
build() {
    cc_c main.c
    link -static main.o -Wl,-z,max-page-size=0x10000 -o prog
}
run() {
    ./prog
    loads
    echo "code PT_LOAD at $(loads -v | awk '$2 == "RE" { print $1 }')"
    local v m
    read -r v m < <(readelf -lW prog | awk '$1 == "GNU_RELRO" { print $3, $6 }')
    echo "RELRO end % 0x10000: $(( (v + m) % 0x10000 ))"
}
