#!/usr/bin/env bash
# An unprivileged `weld -o /dev/null` fails: the temp file would go in /dev.
# GNU ld succeeds (it opens the device for writing).
. "$(dirname "$0")/_lib.sh"
tiny; chmod 644 tiny.o
setpriv --reuid=65534 --regid=65534 --clear-groups "$WELD" -static "$T/tiny.o" -o /dev/null ||
    bug "weld -o /dev/null as nobody fails (ld.bfd links)"
ok "linked to /dev/null"
