#!/usr/bin/env bash
# As root, `-Map=/dev/null` (or --why-extract, --dependency-file, --report
# to a device) wrote FILE.tmp and renamed it over the device, leaving a
# regular file there.  Reports now write a device or pipe in place.  Shown
# on a private device node (c 1 3) so that the real /dev/null is never touched.
. "$(dirname "$0")/_lib.sh"
tiny; mknod null c 1 3 || { echo "needs root (mknod)"; exit 2; }
"$WELD" -static tiny.o -o prog -Map=null --why-extract=null --dependency-file=null || bug "the link failed"
[ -c null ] || bug "-Map=DEVICE: the device node is now a $(stat -c %F null)"
ok "device node kept"
