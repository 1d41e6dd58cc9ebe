#!/usr/bin/env bash
# Installs the Debian packages weld's tests need, when they are missing.
# Runs `apt-get update` once, and only if something has to be installed.
set -u
need=()
for p in gcc g++ make binutils libc6-dev libcmocka-dev musl-tools clang libclang-rt-14-dev llvm-14-dev \
         libpython3.11-dev zlib1g-dev libexpat1-dev libncurses-dev libstdc++-12-dev time chromium \
         cmake autoconf automake python3-dev python3-setuptools gfortran "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
[ ${#need[@]} = 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "install-deps: missing packages: ${need[*]} (run as root, or apt-get install them)" >&2
  exit 1
fi
echo "install-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null || {
  echo "install-deps: apt-get install failed" >&2
  exit 1
}
