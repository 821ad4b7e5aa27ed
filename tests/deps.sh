#!/bin/sh
# Installs what byoc needs to build, test and demo on Debian 12, or prints the command.
set -eu
pkgs="build-essential pkg-config git ca-certificates curl
libcurl4-openssl-dev libgit2-dev libssl-dev zlib1g-dev libarchive-dev libjansson-dev libcriterion-dev
libmicrohttpd-dev bubblewrap
python3 python3-pip procps util-linux mawk zstd openssl jq
apache2 clang libclang-rt-14-dev valgrind hyperfine"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs="$pkgs nodejs npm"

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
	echo "byoc needs these Debian packages; run as root:" >&2
	echo "  apt-get update && $cmd" >&2
	exit 1
fi
echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
