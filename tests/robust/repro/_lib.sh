# shellcheck shell=bash
# Sourced by the reproducers: WELD (arg 1, default build/bin/weld of this
# repo), a scratch directory T (removed on exit), bug/ok reporting.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WELD=$(readlink -f "${1:-$ROOT/build/bin/weld}")
T=$(mktemp -d /tmp/weld-repro.XXXXXX)
chmod 755 "$T"
trap 'awk -v t="$T/" "index(\$2, t) == 1 {print \$2}" /proc/mounts | xargs -r -n1 umount; rm -rf "$T"' EXIT
cd "$T" || exit 2
bug() { echo "BUG: $*"; exit 1; }
ok() { echo "OK: $*"; exit 0; }
# a freestanding program: exit 0
tiny() { printf '.text\n.globl _start\n_start: mov $60, %%eax\nxor %%edi, %%edi\nsyscall\n' > tiny.s && as tiny.s -o tiny.o; }
