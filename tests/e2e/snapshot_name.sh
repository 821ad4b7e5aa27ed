#!/usr/bin/env bash
# byoc-snapshot name: the reference orchestrator's own default_snapshot_name (run from
# host_lib.py's source) and byoc agree; DEFAULT_SNAPSHOT_NAME, --prefix, --hash-contexts,
# --explain; --help and the man page document the same options.
source "$(dirname "$0")/lib.sh"
REF=$SHARED/reference/host_lib.py
D=$TEST_TMP/df
mkdir -p "$D"

# The reference's function, extracted from host_lib.py and run on a given Dockerfile.
ref_name() { # DOCKERFILE
	python3 - "$1" "$REF" <<'PY'
import ast, hashlib, os, pathlib, sys
src = open(sys.argv[2]).read()
fn = next(n for n in ast.parse(src).body if isinstance(n, ast.FunctionDef) and n.name == "default_snapshot_name")
ns = {"os": os, "hashlib": hashlib, "DEFAULT_DOCKERFILE": pathlib.Path(sys.argv[1])}
exec(compile(ast.Module(body=[fn], type_ignores=[]), "host_lib.py", "exec"), ns)
print(ns["default_snapshot_name"]())
PY
}

unset DEFAULT_SNAPSHOT_NAME
# The comparisons with the reference always run: without it this test fails, never skips.
check "the reference orchestrator is at ../shared/reference beside the repository ($REF)" test -f "$REF"
if [ -f "$REF" ]; then
	for f in "$BYOC_ROOT"/dockerfiles/Dockerfile.default "$BYOC_ROOT"/dockerfiles/Dockerfile.minimal \
		"$BYOC_ROOT"/dockerfiles/node/Dockerfile; do
		want=$(ref_name "$f"); got=$(byoc byoc-snapshot name -f "$f")
		check "name of $(basename "$(dirname "$f")")/$(basename "$f") equals the reference's ($want)" \
			test "$got" = "$want"
	done
	want=$(DEFAULT_SNAPSHOT_NAME=custom-snap:v2 ref_name "$BYOC_ROOT/dockerfiles/Dockerfile.default")
	got=$(DEFAULT_SNAPSHOT_NAME=custom-snap:v2 byoc byoc-snapshot name -f "$BYOC_ROOT/dockerfiles/Dockerfile.default")
	check "DEFAULT_SNAPSHOT_NAME overrides as in the reference" test "$got" = "$want"
	check "dockerfiles/Dockerfile.default is the reference's" cmp -s "$BYOC_ROOT/dockerfiles/Dockerfile.default" \
		"$SHARED/reference/Dockerfile.default"
	check "dockerfiles/Dockerfile.minimal is the reference's" cmp -s "$BYOC_ROOT/dockerfiles/Dockerfile.minimal" \
		"$SHARED/reference/Dockerfile.minimal"
fi

# default -f is dockerfiles/Dockerfile.default
got=$(cd "$BYOC_ROOT" && byoc byoc-snapshot name)
want="byoc-env-default-$(sha256sum "$BYOC_ROOT/dockerfiles/Dockerfile.default" | cut -c1-8)"
check "default Dockerfile is dockerfiles/Dockerfile.default" test "$got" = "$want"

printf 'FROM python:3.12-slim\nCOPY app.py /app/\n' >"$D/Dockerfile"
printf 'print(1)\n' >"$D/app.py"
base="byoc-env-default-$(sha256sum "$D/Dockerfile" | cut -c1-8)"
check "plain name" test "$(byoc byoc-snapshot name -f "$D/Dockerfile")" = "$base"
check "--prefix replaces byoc-env-default" \
	test "$(byoc byoc-snapshot name -f "$D/Dockerfile" --prefix team-ml)" = "team-ml-${base##*-}"
check "--prefix wins over DEFAULT_SNAPSHOT_NAME" \
	test "$(DEFAULT_SNAPSHOT_NAME=x byoc byoc-snapshot name -f "$D/Dockerfile" --prefix p)" = "p-${base##*-}"
expect_exit 2 "invalid prefix is a usage error" byoc byoc-snapshot name -f "$D/Dockerfile" --prefix 'a b'

h1=$(byoc byoc-snapshot name -f "$D/Dockerfile" --hash-contexts)
printf 'print(2)\n' >"$D/app.py"
h2=$(byoc byoc-snapshot name -f "$D/Dockerfile" --hash-contexts)
p2=$(byoc byoc-snapshot name -f "$D/Dockerfile")
check "--hash-contexts: a changed COPY source gives a new name" test "$h1" != "$h2"
check "without it the name follows the Dockerfile only" test "$p2" = "$base"
check "--hash-contexts covers the resources" \
	test "$(byoc byoc-snapshot name -f "$D/Dockerfile" --hash-contexts --cpu 4)" != "$h2"
ex=$(byoc byoc-snapshot name -f "$D/Dockerfile" --hash-contexts --explain 2>&1 >/dev/null)
check "--explain lists the Dockerfile, each context hash and the resources" \
	bash -c 'grep -q "^dockerfile: " <<<"$1" && grep -q "^context: app.py [0-9a-f]\{32\}" <<<"$1" && grep -q "^resources: cpu=2" <<<"$1"' _ "$ex"
expect_exit 3 "a missing Dockerfile is not found" byoc byoc-snapshot name -f "$D/nope"

# --help and the man page document the same options and commands
help_opts=$(byoc byoc-snapshot --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
man_opts=$(sed 's/\\-/-/g' "$BYOC_ROOT/docs/byoc-snapshot.1" | grep -oE -- '--[a-z][a-z-]+' | sort -u)
check "--help and docs/byoc-snapshot.1 list the same options" test "$help_opts" = "$man_opts"
for c in name contexts publish list get delete prune; do
	if byoc byoc-snapshot --help | grep -q "^  $c" && grep -q "^\.B.* $c\|^\.B $c" "$BYOC_ROOT/docs/byoc-snapshot.1"; then
		ok "command $c documented in --help and the man page"
	else
		not_ok "command $c documented in --help and the man page"
	fi
done
expect_exit 2 "unknown command is a usage error" byoc byoc-snapshot frobnicate
finish
