# -z common-page-size=0x10000 alone: GNU ld raises the maximum page size to
# it for the layout (segments start 64 KiB apart, the RELRO end on 64 KiB)
# but p_align stays 0x1000, since -z max-page-size was not given.
build() {
    cc_c main.c
    link -static main.o -Wl,-z,common-page-size=0x10000 -o prog
}
run() {
    ./prog
    loads
    echo "code PT_LOAD at $(loads -v | awk '$2 == "RE" { print $1 }')"
    local v m
    read -r v m < <(readelf -lW prog | awk '$1 == "GNU_RELRO" { print $3, $6 }')
    echo "RELRO end % 0x10000: $(( (v + m) % 0x10000 ))"
}
