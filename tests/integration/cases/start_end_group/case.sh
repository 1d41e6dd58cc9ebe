# Mutually dependent archives linked with --start-group/--end-group.
build() {
    cc_c ping.c pong.c main.c
    mkar libping.a ping.o
    mkar libpong.a pong.o
    link -static main.o -Wl,--start-group libpong.a libping.a -Wl,--end-group -o prog
}
