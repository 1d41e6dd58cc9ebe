#!/usr/bin/env bash
# As root, `weld -o /dev/null` renames its temp file over /dev/null, leaving
# a regular file there.  GNU ld writes into the device.  Shown on a private
# device node (c 1 3) so that the real /dev/null is never touched.
. "$(dirname "$0")/_lib.sh"
tiny; mknod null c 1 3 || { echo "needs root (mknod)"; exit 2; }
"$WELD" -static tiny.o -o null
[ -c null ] || bug "-o DEVICE: the device node is now a $(stat -c %F null)"
ok "device node kept"
