#!/usr/bin/env bash
# Diagnostics tier: each case links something broken with weld and compares
# weld's whole stderr with the case's expected.txt, byte for byte, and checks
# exit status 1 and that no output file was written.  A case with a file
# named `succeeds` must link (status 0); its stdout+stderr are compared.
#   tests/diag/run.sh [--weld PATH] [--bless] [NAME...]
# --bless writes expected.txt from the current output (review the diff!).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
weld=$top/build/bin/weld
bless=0
names=()
while [ $# -gt 0 ]; do
  case $1 in
    --weld) weld=$(realpath -s "$2"); shift 2 ;;
    --bless) bless=1; shift ;;
    *) names+=("$1"); shift ;;
  esac
done
pass=0 fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for dir in "$top"/tests/diag/cases/*/; do
  name=$(basename "$dir")
  if [ ${#names[@]} -gt 0 ] && [[ ! " ${names[*]} " =~ " $name " ]]; then continue; fi
  w=$work/$name
  mkdir -p "$w" && cp -r "$dir"/. "$w"/ && cd "$w"
  WELD=$weld bash -e build.sh >stdout.txt 2>stderr.txt
  rc=$?
  if [ -f "$dir/succeeds" ]; then
    # a link that must work: compare stdout and stderr together
    cat stdout.txt stderr.txt > all.txt
    if [ $bless = 1 ]; then cp all.txt "$dir/expected.txt"; fi
    if [ $rc != 0 ]; then
      echo "FAIL $name: exit status $rc, expected 0"; fail=$((fail + 1))
    elif ! cmp -s all.txt "$dir/expected.txt"; then
      echo "FAIL $name: output differs"; diff "$dir/expected.txt" all.txt | head -20 | sed 's/^/    | /'
      fail=$((fail + 1))
    else
      echo "PASS $name"; pass=$((pass + 1))
    fi
    cd "$top"
    continue
  fi
  if [ $bless = 1 ]; then cp stderr.txt "$dir/expected.txt"; fi
  if [ $rc != 1 ]; then
    echo "FAIL $name: exit status $rc, expected 1"; fail=$((fail + 1))
  elif [ -e prog ] || ls prog.weld-* >/dev/null 2>&1; then
    echo "FAIL $name: an output file was left behind"; fail=$((fail + 1))
  elif ! cmp -s stderr.txt "$dir/expected.txt"; then
    echo "FAIL $name: message differs"; diff "$dir/expected.txt" stderr.txt | head -20 | sed 's/^/    | /'
    fail=$((fail + 1))
  else
    echo "PASS $name"; pass=$((pass + 1))
  fi
  cd "$top"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
