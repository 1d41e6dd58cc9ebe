#!/usr/bin/python3
# Shows data of two links with different layouts in a form that compares:
# a value that is an address inside a function of PROG (or just past its
# end) is written <NAME+OFFSET>.
#   norm.py PROG                  copies stdin (a readelf dump), hex numbers
#                                 of 4 to 16 digits replaced
#   norm.py PROG SECTION FMT ...  prints each field of SECTION, one a line;
#                                 FMT: q 8 bytes, l 4, s 2, b 1
#                                 (little-endian), repeated to the end
import bisect, re, subprocess, sys

prog = sys.argv[1]
syms = []
nm = subprocess.run(["nm", "-nS", "--defined-only", prog], capture_output=True, text=True).stdout
for line in nm.splitlines():
    f = line.split()
    if len(f) == 4 and f[2] in "TtWw":
        syms.append((int(f[0], 16), int(f[1], 16), f[3]))
starts = [s[0] for s in syms]


def show(v, text):
    i = bisect.bisect_right(starts, v) - 1
    if v >= 0x1000 and i >= 0 and syms[i][0] <= v <= syms[i][0] + syms[i][1]:
        return "<%s+%d>" % (syms[i][2], v - syms[i][0])
    return text


def section_bytes(name):
    out = subprocess.run(["readelf", "-x", name, prog], capture_output=True, text=True).stdout
    data = bytearray()
    for line in out.splitlines():
        m = re.match(r"\s+0x[0-9a-f]+ ((?:[0-9a-f]{2,8} ){1,4})", line + " ")
        if m:
            data += bytes.fromhex("".join(m.group(1).split()))
    return data


args = sys.argv[2:]
if not args:
    for line in sys.stdin:
        sys.stdout.write(re.sub(r"(0x|\b)([0-9a-f]{4,16})\b",
                                lambda m: m.group(1) + show(int(m.group(2), 16), m.group(2)), line))
size = {"q": 8, "l": 4, "s": 2, "b": 1}
for name, fmt in zip(args[0::2], args[1::2]):
    data, off, k = section_bytes(name), 0, 0
    while off < len(data):
        n = size[fmt[k % len(fmt)]]
        v = int.from_bytes(data[off:off + n], "little")
        print("%s+%d: %s" % (name, off, show(v, hex(v))))
        off, k = off + n, k + 1
