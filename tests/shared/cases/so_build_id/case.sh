# --build-id in shared libraries: the default style (20 bytes), md5 (16),
# an explicit 0xHEX value and none.  Each library finds its own
# .note.gnu.build-id through its PT_NOTE program headers at run time and
# reports the note's presence and length (the value of the hashed styles
# differs between linkers; the explicit value is printed).  The readelf
# comparison covers the dynamic section.
build_lib() {
    mklib libbid_def.so -DFN=bid_def -Wl,--build-id bid.c
    mklib libbid_md5.so -DFN=bid_md5 -Wl,--build-id=md5 bid.c
    mklib libbid_hex.so -DFN=bid_hex -Wl,--build-id=0x00112233445566778899aabb bid.c
    mklib libbid_none.so -DFN=bid_none -Wl,--build-id=none bid.c
}
build_prog() { link -O1 main.c -L. -lbid_def -lbid_md5 -lbid_hex -lbid_none -o prog; }
