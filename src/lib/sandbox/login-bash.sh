# Runs the program in BYOC_LOGIN_PROGRAM (the text of another program) in a login bash, as the
# reference runs its preflight: the login profile's PATH decides what is found. This part is
# POSIX sh, so that a sandbox without bash is told so in the preflight's words ("missing: ...").
command -v bash >/dev/null 2>&1 || {
	printf 'missing: %s\n' 'bash not found'
	exit 1
}
exec bash -lc "$BYOC_LOGIN_PROGRAM"
