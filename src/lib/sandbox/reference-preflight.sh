# The reference's preflight_runner_environment (host_lib.py), one check at a time so that each
# missing piece is named: one line "missing: WHAT" per failed check (the protocol of
# runner-preflight.sh); exits 1 when one failed. byoc runs it in a login bash through
# login-bash.sh, as the reference runs its checks (the login profile's PATH decides what is found).
#   BYOC_PYTHON          the interpreter the reference's runner uses (python3.12)
#   BYOC_WORKDIR         the session's workdir (default /mnt/session)
#   BYOC_MEMORY_STORES   set: /mnt/memory must be writable too
#   BYOC_HOME            the runner's home (default /home/daytona; tests point it elsewhere)
failed=0
fail() {
	printf 'missing: %s\n' "$1"
	failed=1
}
py=${BYOC_PYTHON:?}
w=${BYOC_WORKDIR:-/mnt/session}
h=${BYOC_HOME:-/home/daytona}
mkdir -p "$h" "$w" >/dev/null 2>&1 || fail "cannot create $h and $w (mkdir -p failed)"
test -w "$h" || fail "$h is not writable"
test -w "$w" || fail "$w is not writable"
if [ -n "${BYOC_MEMORY_STORES:-}" ]; then
	mkdir -p /mnt/memory >/dev/null 2>&1 || fail 'cannot create /mnt/memory (mkdir -p failed)'
	test -w /mnt/memory || fail '/mnt/memory is not writable (memory stores need it)'
fi
command -v bash >/dev/null 2>&1 || fail 'bash not found'
if command -v "$py" >/dev/null 2>&1; then
	"$py" -m pip --version </dev/null >/dev/null 2>&1 || fail "$py has no pip ($py -m pip --version failed)"
else
	fail "$py not found"
fi
for c in setsid ps awk tr; do command -v "$c" >/dev/null 2>&1 || fail "$c not found"; done
# the status of the last command, not exit: exit in a login bash would run ~/.bash_logout
[ "$failed" = 0 ]
