#!/usr/bin/env bash
# The report tier: -Map, --why-extract, --dependency-file, --report (JSON and
# HTML), --embed-deps and --print-deps on one known link, and the shared
# dependencies of a dynamic one.
#
#   tests/report/run.sh [--weld PATH]      (default: build/bin/weld)
#   KEEP=1 keeps the scratch directory.
#
# The link: main.o needs a1_fn (liba.a(a1.o)), a1.o needs a2_fn
# (liba.a(a2.o)), a3.o is never needed, libb.a(b1.o) comes in through
# -u b1_fn; gcc adds crt*.o and libc.a.  Prints PASS/FAIL lines and ends with
# "N passed, N failed".  The HTML check renders the page in headless
# Chromium (installed with apt-get when missing and possible; skipped with a
# note otherwise).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
srcdir=$top/tests/report/src
weld=$top/build/bin/weld
while [ $# -gt 0 ]; do
  case $1 in
    --weld) weld=$2; shift 2 ;;
    --weld=*) weld=${1#--weld=}; shift ;;
    *) echo "usage: $0 [--weld PATH]" >&2; exit 2 ;;
  esac
done
case $weld in /*) ;; *) weld=$PWD/$weld ;; esac

pass=0 fail=0
ok() { echo "PASS $1${2:+ ($2)}"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
finish() { echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit $?; }

if [ ! -x "$weld" ]; then
  bad setup "no weld at $weld (run make)"
  finish
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/weld-report.XXXXXX")
if [ -n "${KEEP:-}" ]; then echo "report: keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
cd "$work" || exit 1
mkdir ldbin && ln -s "$weld" ldbin/ld
cp "$srcdir"/*.c .

# ------------------------------------------------------------------ build
for f in main a1 a2 a3 b1; do
  gcc -O1 -g0 -c "$f.c" -o "$f.o" || { bad setup "cannot compile $f.c"; finish; }
done
ar rcs liba.a a1.o a2.o a3.o && ar rcs libb.a b1.o || { bad setup "ar failed"; finish; }

link() { gcc -B "$work/ldbin/" -static "$@"; }

if link -o prog main.o -L. -la -Wl,-u,b1_fn -lb \
     -Wl,-Map=prog.map,--why-extract=why.tsv,--dependency-file=prog.d,--report=report.json 2>link.err; then
  ok link
else
  bad link "$(head -c 600 link.err)"
  finish
fi

out=$(./prog 2>&1); rc=$?
if [ "$rc" = 0 ] && [ "$out" = "report test: 42" ]; then ok runs; else bad runs "exit $rc, output '$out'"; fi

sha_of_member() { ar p "$1" "$2" | sha256sum | cut -d' ' -f1; }
sha_a1=$(sha_of_member liba.a a1.o)
sha_a2=$(sha_of_member liba.a a2.o)
sha_b1=$(sha_of_member libb.a b1.o)
sha_main=$(sha256sum main.o | cut -d' ' -f1)

# ------------------------------------------------------------------ -Map
# Join GNU ld's wrapped lines: a member name alone on its line, then the
# indented "file (symbol)".
included=$(awk '/^Archive member included/ {on=1; next}
                on && /^(Discarded input sections|Linker script and memory map)/ {exit}
                on && NF {
                  if ($0 ~ /^ /) { sub(/^ +/, ""); print prev " -> " $0; prev="" }
                  else { if (prev != "") print prev; prev=$1; rest=$0; sub(/^[^ ]+ +/, "", rest);
                         if (rest != $0 && rest != "") { print prev " -> " rest; prev="" } } }
                END { if (prev != "") print prev }' prog.map)
check_map_line() {
  if grep -qE "$1" <<<"$included"; then return 0; fi
  bad map_included "no line matching '$1' in the archive member list:"$'\n'"$included"
  return 1
}
if check_map_line '(^|/)liba\.a\(a1\.o\) -> main\.o \(a1_fn\)$' &&
   check_map_line '(^|/)liba\.a\(a2\.o\) -> (.*/)?liba\.a\(a1\.o\) \(a2_fn\)$' &&
   check_map_line '(^|/)libb\.a\(b1\.o\) -> -u \(b1_fn\)$' &&
   check_map_line 'libc\.a\('; then
  if grep -q 'a3\.o' prog.map; then bad map_included "a3.o appears in the map"; else ok map_included; fi
fi
main_addr=$(nm prog | awk '$3 == "main" {print $1}')
if awk '/^Linker script and memory map/ {on=1} on' prog.map | grep -qE "^ \.text +0x[0-9a-f]{16} +0x[0-9a-f]+ main\.o$" &&
   grep -qE "^ +0x0*${main_addr#"${main_addr%%[!0]*}"} +main$" prog.map &&
   grep -qE "^\.text +0x[0-9a-f]{16} +0x[0-9a-f]+$" prog.map; then
  ok map_sections
else
  bad map_sections "no .text line for main.o with symbol main at 0x$main_addr"
fi

# -M / --print-map / -Map=-: the same map on standard output; of -M and
# -Map=FILE the last one wins; a map that cannot be written to stdout fails
# the link
same_map() { # name link-args...
  local name=$1; shift
  if link -o prog main.o -L. -la -Wl,-u,b1_fn -lb "$@" >"$name.out" 2>"$name.err" && cmp -s "$name.out" prog.map; then
    ok "$name"
  else
    bad "$name" "stdout differs from -Map=prog.map: $(diff prog.map "$name.out" | head -c 300) $(head -c 300 "$name.err")"
  fi
}
same_map map_stdout_M -Wl,-M
same_map map_stdout_print_map -Wl,--print-map
same_map map_stdout_dash -Wl,-Map=-
if link -o prog main.o -L. -la -Wl,-u,b1_fn -lb -Wl,-M,-Map=last.map >last.out 2>&1 && [ ! -s last.out ] &&
   cmp -s last.map prog.map; then ok map_last_wins
else bad map_last_wins "-M,-Map=last.map: $(wc -c <last.out) bytes on stdout, last.map $(wc -c <last.map 2>&1)"; fi
if [ -w /dev/full ]; then
  link -o prog_full main.o -L. -la -Wl,-u,b1_fn -lb -Wl,-M >/dev/full 2>full.err; rc=$?
  if [ "$rc" != 0 ] && grep -q 'cannot write the link map to standard output: No space left on device' full.err; then
    ok map_stdout_error
  else bad map_stdout_error "exit $rc: $(head -c 300 full.err)"; fi
fi

# ---------------------------------------------------------- --why-extract
got=$(grep -E 'lib[ab]\.a\(' why.tsv | sed -E 's#[^\t]*/(lib[ab]\.a)#\1#g')
want=$(printf 'main.o\tliba.a(a1.o)\ta1_fn\nliba.a(a1.o)\tliba.a(a2.o)\ta2_fn\n-u\tlibb.a(b1.o)\tb1_fn')
if [ "$(head -n 1 why.tsv)" != "$(printf 'reference\textracted\tsymbol')" ]; then
  bad why_extract "bad header: $(head -n 1 why.tsv)"
elif [ "$got" != "$want" ]; then
  bad why_extract "lines for liba/libb differ:"$'\n'"$got"$'\nwant:\n'"$want"
elif ! grep -qE $'^[^\t]+\t[^\t]*libc\\.a\\([^)]+\\)\t[^\t]+$' why.tsv; then
  bad why_extract "no libc.a member line"
elif awk -F'\t' 'NF != 3 {bad=1} END {exit !bad}' why.tsv; then
  bad why_extract "a line without exactly 3 fields"
else
  ok why_extract
fi

# ------------------------------------------------------- --dependency-file
missing=""
for w in main.o liba.a libb.a libc.a; do
  grep -qE "(^|[ /])$(sed 's/\./\\./g' <<<"$w")( |\\\\|$)" prog.d || missing+=" $w"
done
grep -q '^prog:' prog.d || missing+=" prog:(target)"
for w in main.o liba.a libb.a; do grep -qE "^(.*/)?$(sed 's/\./\\./g' <<<"$w"):$" prog.d || missing+=" $w:(phony)"; done
if [ -n "$missing" ]; then
  bad depfile "missing:$missing"
else
  printf 'prog:\n\t@echo relink\ninclude prog.d\n' >Makefile
  if ! make -n -f Makefile prog >make.out 2>&1; then
    bad depfile "make -n failed: $(head -c 400 make.out)"
  else
    # a deleted dependency must not break make (the phony targets)
    mv libb.a libb.a.away
    if make -n -f Makefile prog >make2.out 2>&1; then ok depfile
    else bad depfile "make -n fails once libb.a is gone: $(head -c 400 make2.out)"; fi
    mv libb.a.away libb.a
  fi
fi

# spaces in a path are escaped
mkdir -p "sp ace" && cp libb.a "sp ace/libb.a"
if link -o prog_sp main.o -L. -la -Wl,-u,b1_fn "sp ace/libb.a" -Wl,--dependency-file=sp.d 2>sp.err &&
   grep -qF 'sp\ ace/libb.a' sp.d &&
   printf 'prog_sp:\n\t@echo relink\ninclude sp.d\n' >Makefile.sp && make -n -f Makefile.sp prog_sp >/dev/null 2>&1; then
  ok depfile_spaces
else
  bad depfile_spaces "$(cat sp.err; grep -F 'libb.a' sp.d 2>/dev/null)"
fi

# a thin archive: its member files are dependencies; --print-deps hashes them
mkdir -p thin && cp b1.o thin/b1.o && rm -f thin/libt.a && ar rcsT thin/libt.a thin/b1.o
if link -o prog_thin main.o -L. -la -Wl,-u,b1_fn thin/libt.a -Wl,--dependency-file=thin.d,--embed-deps 2>thin.err &&
   grep -qE '^  thin/libt\.a \\$' thin.d && grep -qE '^  thin/b1\.o( \\)?$' thin.d && grep -q '^thin/b1\.o:$' thin.d &&
   "$weld" --print-deps prog_thin 2>&1 | grep -qx "$sha_b1 thin/libt.a(b1.o)"; then
  ok thin_archive
else
  bad thin_archive "$(cat thin.err; grep thin thin.d)"
fi

# ------------------------------------------------------------- --report JSON
bid=$(readelf -n prog 2>/dev/null | awk '/Build ID:/ {print $3}')
if ! command -v python3 >/dev/null 2>&1; then
  ok report_json "python3 not found: JSON checks skipped"
elif ! python3 -m json.tool report.json >/dev/null 2>json.err; then
  bad report_json "not valid JSON: $(head -c 300 json.err)"
else
  if msg=$(python3 - report.json "$sha_a1" "$sha_a2" "$sha_b1" "$sha_main" "$(stat -c %s prog)" "$bid" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
sha = {"a1.o": sys.argv[2], "a2.o": sys.argv[3], "b1.o": sys.argv[4]}
size, bid = int(sys.argv[6]), sys.argv[7]
err = []
if r["output"]["path"] != "prog": err.append("output path %r" % r["output"]["path"])
if r["output"]["size"] != size: err.append("output size %r != %d" % (r["output"]["size"], size))
if bid and r["output"]["build_id"] != bid: err.append("build_id %r != %s" % (r["output"]["build_id"], bid))
files = r["files"]
members = {f["member"]: f for f in files if f["member"] and f["path"].split("/")[-1] in ("liba.a", "libb.a")}
if sorted(members) != ["a1.o", "a2.o", "b1.o"]: err.append("members of liba/libb: %r" % sorted(members))
why = {"a1.o": ("a1_fn", "main.o"), "a2.o": ("a2_fn", "liba.a(a1.o)"), "b1.o": ("b1_fn", "-u")}
for m, f in members.items():
    if f["sha256"] != sha.get(m): err.append("%s sha256 %s != %s" % (m, f["sha256"], sha.get(m)))
    if f["size"] <= 0 or f["bytes"] <= 0: err.append("%s size/bytes not > 0" % m)
    if not f["sections"] or any(v <= 0 for v in f["sections"].values()): err.append("%s sections %r" % (m, f["sections"]))
    if f["sections"].get(".text", 0) <= 0: err.append("%s has no .text bytes" % m)
    if sum(f["sections"].values()) != f["bytes"]: err.append("%s bytes != sum of sections" % m)
    e = f["extracted"]
    if not e or e["symbol"] != why[m][0] or not e["referenced_by"].endswith(why[m][1]):
        err.append("%s extracted %r, want %r" % (m, e, why[m]))
if members.get("b1.o", {}).get("extracted", {}).get("command_line") is not True: err.append("b1.o not command_line")
if members.get("a2.o", {}).get("sections", {}).get(".bss", 0) < 256: err.append("a2.o .bss bytes < 256")
mains = [f for f in files if f["path"] == "main.o"]
if len(mains) != 1 or mains[0]["sha256"] != sys.argv[5] or mains[0]["member"] is not None or mains[0]["extracted"] is not None:
    err.append("main.o entry %r" % mains)
libs = {l["path"].split("/")[-1]: l for l in r["libraries"]}
if libs.get("liba.a", {}).get("members") != 2: err.append("liba.a members %r" % libs.get("liba.a"))
if libs.get("libb.a", {}).get("members") != 1: err.append("libb.a members %r" % libs.get("libb.a"))
la = libs.get("liba.a", {})
if la and la["bytes"] != members["a1.o"]["bytes"] + members["a2.o"]["bytes"]: err.append("liba.a bytes")
if not any(l["path"].endswith("libc.a") and l["members"] > 0 for l in r["libraries"]): err.append("no libc.a library")
secs = {s["name"]: s for s in r["sections"]}
tot = {}
for f in files:
    for k, v in f["sections"].items(): tot[k] = tot.get(k, 0) + v
for k, v in tot.items():
    if secs[k]["input_bytes"] != v: err.append("section %s input_bytes %d != %d" % (k, secs[k]["input_bytes"], v))
if secs.get(".text", {}).get("size", 0) <= 0: err.append("no .text")
if r["output"]["input_bytes"] != sum(f["bytes"] for f in files): err.append("input_bytes total")
prios = [f["path"] for f in files]
if prios.index("main.o") > min(i for i, f in enumerate(files) if f["member"] == "a1.o"): err.append("order")
print("; ".join(err))
sys.exit(1 if err else 0)
EOF
  ); then ok report_json; else bad report_json "$msg"; fi
fi

# determinism: same reports for any thread count
if link -o prog_t1 main.o -L. -la -Wl,-u,b1_fn -lb -Wl,--threads=1,-Map=t1.map,--report=t1.json 2>/dev/null &&
   link -o prog_t4 main.o -L. -la -Wl,-u,b1_fn -lb -Wl,--threads=4,-Map=t4.map,--report=t4.json 2>/dev/null &&
   cmp -s <(sed 's/prog_t1/OUT/g' t1.map) <(sed 's/prog_t4/OUT/g' t4.map) &&
   cmp -s <(sed 's/prog_t1/OUT/g' t1.json) <(sed 's/prog_t4/OUT/g' t4.json); then
  ok deterministic
else
  bad deterministic "map or JSON differs between --threads=1 and --threads=4"
fi

# an unwritable report path: error, exit 1, nothing left behind
if link -o prog_err main.o -L. -la -Wl,-u,b1_fn -lb -Wl,--report=nodir/r.json,-Map=nodir/m.map 2>err.txt; then
  bad write_error "link succeeded writing into a missing directory"
elif ! grep -q 'cannot write nodir/r.json: No such file or directory' err.txt ||
     ! grep -q 'cannot write nodir/m.map' err.txt; then
  bad write_error "message: $(head -c 300 err.txt)"
elif ls ./*.tmp >/dev/null 2>&1; then
  bad write_error "left a .tmp file"
else
  ok write_error
fi

# ----------------------------------------------- --report HTML and --embed-deps
if link -o prog2 main.o -L. -la -Wl,-u,b1_fn -lb -Wl,--report=report.html,--embed-deps 2>link2.err; then
  ok link_html_embed
else
  bad link_html_embed "$(head -c 600 link2.err)"
fi
out=$(./prog2 2>&1); rc=$?
if [ "$rc" = 0 ] && [ "$out" = "report test: 42" ]; then ok runs_embed; else bad runs_embed "exit $rc, output '$out'"; fi

if grep -qiE '(src|href)=|https?://|@import|url\(' report.html; then
  bad html_static "the page refers to something outside itself: $(grep -oiE '(src|href)=[^ >]*|https?://[^ "]*|@import|url\(' report.html | head -3)"
elif ! grep -q '<script type="application/json" id="weld-data">' report.html || ! grep -q '<table id="libraries">' report.html; then
  bad html_static "no embedded data or no library table"
elif grep -q 'data-kind="member"' report.html; then
  bad html_static "treemap nodes in the static HTML: the DOM check would prove nothing"
else
  ok html_static
fi

chromium_bin=""
for c in chromium chromium-browser google-chrome; do
  command -v "$c" >/dev/null 2>&1 && { chromium_bin=$c; break; }
done
if [ -z "$chromium_bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "report: installing chromium (apt-get) for the HTML check" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; }
  command -v chromium >/dev/null 2>&1 && chromium_bin=chromium
fi
if [ -z "$chromium_bin" ]; then
  ok html_render "chromium not available: rendering check skipped"
else
  profile=$(mktemp -d "$work/chromium.XXXXXX")
  timeout 120 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --window-size=1200,900 --dump-dom "file://$work/report.html" >dom.html 2>chromium.err
  nodes() { grep -oE '<div [^>]*class="node k-'"$1"'"[^>]*>' dom.html; }
  problems=""
  nodes library | grep -qE 'data-name="[^"]*liba\.a"' || problems+=" no library node liba.a;"
  nodes library | grep -qE 'data-name="[^"]*libb\.a"' || problems+=" no library node libb.a;"
  nodes library | grep -qE 'data-name="[^"]*libc\.a"' || problems+=" no library node libc.a;"
  for m in a1.o a2.o b1.o; do nodes member | grep -q "data-name=\"$m\"" || problems+=" no member node $m;"; done
  nodes member | grep -q 'data-name="a3.o"' && problems+=" a3.o drawn;"
  nodes section | grep -qE 'data-name="\.text"[^>]*data-bytes="[1-9][0-9]*"' || problems+=" no .text section node with bytes;"
  a1b=$(python3 -c 'import json,sys; r=json.load(open("report.json")); print([f["bytes"] for f in r["files"] if f["member"]=="a1.o"][0])' 2>/dev/null)
  [ -n "$a1b" ] && { nodes member | grep -q "data-name=\"a1.o\" data-bytes=\"$a1b\"" || problems+=" a1.o node bytes != $a1b;"; }
  n=$(grep -oE 'id="map" data-nodes="[0-9]+"' dom.html | grep -oE '[0-9]+')
  [ "${n:-0}" -ge 10 ] || problems+=" data-nodes='${n:-none}';"
  grep -q 'style="left: [0-9.]*px; top: [0-9.]*px; width: [0-9.]*px; height: [0-9.]*px;"' dom.html || problems+=" nodes have no geometry;"
  grep -q '<div id="legend"><span><i ' dom.html || problems+=" no legend;"
  if [ -z "$problems" ]; then ok html_render "$chromium_bin"
  else bad html_render "${problems} (chromium: $(head -c 300 chromium.err))"; fi
fi

# ------------------------------------------------------------- --print-deps
if "$weld" --print-deps prog2 >deps.txt 2>deps.err; then
  problems=""
  grep -qE "^$sha_a1 (.*/)?liba\.a\(a1\.o\)$" deps.txt || problems+=" a1.o;"
  grep -qE "^$sha_a2 (.*/)?liba\.a\(a2\.o\)$" deps.txt || problems+=" a2.o;"
  grep -qE "^$sha_b1 (.*/)?libb\.a\(b1\.o\)$" deps.txt || problems+=" b1.o;"
  grep -qE "^$sha_main main\.o$" deps.txt || problems+=" main.o;"
  grep -q 'a3\.o' deps.txt && problems+=" a3.o listed;"
  grep -qE '^[0-9a-f]{64} .*libc\.a\(' deps.txt || problems+=" libc.a members;"
  grep -qvE '^[0-9a-f]{64} .+$' deps.txt && problems+=" malformed line;"
  if [ -n "$problems" ]; then bad print_deps "missing or wrong:$problems"$'\n'"$(head -n 8 deps.txt)"; else ok print_deps; fi
else
  bad print_deps "exit $?: $(cat deps.err)"
fi

if readelf -SW prog2 | grep -E '\.note\.weld\.deps +NOTE' | grep -qvE ' A[A-Z]* '; then
  if readelf -n prog2 2>&1 | grep -qi 'warning'; then bad deps_section "readelf -n warns"; else ok deps_section; fi
else
  bad deps_section "no non-allocated NOTE section .note.weld.deps: $(readelf -SW prog2 | grep weld)"
fi

# ------------------------------------------- shared dependencies (a dynamic PIE)
# a shared library of our own, and libc: --report lists both with the
# versions the program needs; --embed-deps/--print-deps name them too
printf 'int lib_fn(void) { return 1; }\n' > lib.c
printf 'VER_1 { global: lib_fn; local: *; };\n' > lib.map
if gcc -shared -fPIC -fuse-ld=bfd -Wl,--version-script=lib.map,-soname,libdep.so.1 lib.c -o libdep.so &&
   printf 'int lib_fn(void);\nint main(void){return lib_fn()-1;}\n' > dmain.c && gcc -c dmain.c &&
   gcc -B "$work/ldbin/" dmain.o -L. -ldep -Wl,--report=dyn.json,--embed-deps -o prog_dyn 2>dyn.err; then
  got=$(python3 -c '
import json
r = json.load(open("dyn.json"))
for l in r["shared_libraries"]:
    if l["needed"]: print(l["soname"], l["path"], " ".join(l["versions"]))' 2>&1)
  want=$(printf "%s\n" "libdep.so.1 ./libdep.so VER_1" "libc.so.6 /lib/x86_64-linux-gnu/libc.so.6 GLIBC_2.34 GLIBC_2.2.5")
  if [ "$got" = "$want" ]; then ok report_shared_libraries; else bad report_shared_libraries "got: $got"; fi
  sha=$(sha256sum libdep.so | cut -d' ' -f1)
  if "$weld" --print-deps prog_dyn | grep -qx "$sha ./libdep.so (shared libdep.so.1: VER_1)"; then
    ok print_deps_shared
  else
    bad print_deps_shared "$("$weld" --print-deps prog_dyn 2>&1 | tail -3)"
  fi
  ln -sf libdep.so libdep.so.1
  if LD_LIBRARY_PATH=. ./prog_dyn; then ok runs_dyn; else bad runs_dyn "exit $?"; fi
else
  bad report_shared_libraries "link failed: $(head -c 300 dyn.err)"
fi

# --print-deps must fail cleanly on anything else
expect_fail() { # name file regex
  "$weld" --print-deps "$2" >pd.out 2>pd.err; rc=$?
  if [ "$rc" = 1 ] && grep -qE "$3" pd.err && [ ! -s pd.out ]; then ok "$1"
  else bad "$1" "exit $rc, stderr: $(head -c 300 pd.err)"; fi
}
echo "just some text" >notelf.txt
expect_fail print_deps_not_elf notelf.txt 'not an ELF file'
head -c 4000 prog2 >trunc.elf
expect_fail print_deps_truncated trunc.elf 'past the end of the file'
head -c 40 prog2 >tiny.elf
expect_fail print_deps_tiny tiny.elf 'truncated ELF header'
expect_fail print_deps_no_note prog 'no weld dependency note'
expect_fail print_deps_missing does-not-exist 'cannot open'
: >empty.elf
expect_fail print_deps_empty empty.elf 'not an ELF file'
if command -v python3 >/dev/null 2>&1; then
  # a note whose descsz runs past its section; a huge section count
  python3 - prog2 <<'EOF'
import struct, sys
d = bytearray(open(sys.argv[1], "rb").read())
shoff, = struct.unpack_from("<Q", d, 0x28)
shnum, shstrndx = struct.unpack_from("<HH", d, 0x3c)
sh = lambda i: struct.unpack_from("<IIQQQQIIQQ", d, shoff + 64 * i)
stroff = sh(shstrndx)[4]
for i in range(shnum):
    s = sh(i)
    name = d[stroff + s[0]:d.index(0, stroff + s[0])]
    if name == b".note.weld.deps":
        bad = bytearray(d); struct.pack_into("<I", bad, s[4] + 4, 0xfffffff0)
        open("badnote.elf", "wb").write(bad)
        bad = bytearray(d); struct.pack_into("<Q", bad, shoff + 64 * i + 32, 1 << 62)
        open("badsize.elf", "wb").write(bad)
bad = bytearray(d); struct.pack_into("<H", bad, 0x3c, 0xffff)
open("shnum.elf", "wb").write(bad)
EOF
  expect_fail print_deps_bad_descsz badnote.elf 'no weld dependency note'
  expect_fail print_deps_bad_secsize badsize.elf 'extends past the end of the file'
  expect_fail print_deps_bad_shnum shnum.elf 'extends past the end of the file'
fi

finish
