# -Wl,--build-id=none after gcc's own --build-id: no build-id note.
build() {
    cc_c main.c
    link -static -Wl,--build-id=none main.o -o prog
}
