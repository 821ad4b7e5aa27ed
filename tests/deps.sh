#!/bin/sh
# Installs what byoc needs to build, test and demo on Debian 12, or prints the command.
# libgit2 >= 1.8 (shallow fetch, checkout filters) comes from bookworm-backports, which this
# enables when no source lists it.
set -eu
pkgs="build-essential pkg-config git ca-certificates curl
libcurl4-openssl-dev libssl-dev zlib1g-dev libarchive-dev libjansson-dev libcriterion-dev
libmicrohttpd-dev passt slirp4netns iproute2 e2fsprogs shellcheck
python3 python3-pip procps util-linux mawk zstd openssl jq
apache2 clang libclang-rt-14-dev valgrind hyperfine"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs="$pkgs nodejs npm"

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
git18=1
pkg-config --atleast-version=1.8 libgit2 2>/dev/null || git18=0
[ -z "$missing" ] && [ $git18 = 1 ] && exit 0

backports_list=/etc/apt/sources.list.d/byoc-backports.sources
if [ "$(id -u)" -ne 0 ]; then
	echo "byoc needs these Debian packages; run as root:" >&2
	[ -n "$missing" ] && echo "  apt-get update && apt-get install -y --no-install-recommends$missing" >&2
	[ $git18 = 0 ] && echo "  (with bookworm-backports enabled) apt-get install -y -t bookworm-backports libgit2-dev" >&2
	exit 1
fi
echo "installing:$missing$([ $git18 = 0 ] && echo ' libgit2-dev (bookworm-backports)')" >&2
export DEBIAN_FRONTEND=noninteractive
if [ $git18 = 0 ] && ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
	printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm-backports' \
		'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' >"$backports_list"
fi
apt-get update -qq >/dev/null
if [ -n "$missing" ]; then
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ $git18 = 0 ]; then
	apt-get install -y -qq --no-install-recommends -t bookworm-backports libgit2-dev >/dev/null
fi
