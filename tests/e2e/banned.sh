#!/usr/bin/env bash
# The banned list (src/banned.h) holds for every C file of src/: each was compiled with the
# header included (its dependency file names it), and a call to each banned function fails
# to compile with the error naming it.
source "$(dirname "$0")/lib.sh"
cd "$BYOC_ROOT" || exit 1
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$BYOC_ROOT/$BUILD ;; esac

missing=
for c in $(find src -name "*.c" | sort); do
	d=$BUILD/${c%.c}.d
	if [ ! -f "$d" ] || ! grep -q 'src/banned\.h' "$d"; then missing="$missing $c"; fi
done
check "every C file of src/ was compiled with src/banned.h${missing:+ (not:$missing)}" [ -z "$missing" ]

# name|a call to it
calls='strcpy|strcpy(d, s)
strcat|strcat(d, s)
strncpy|strncpy(d, s, 3)
strncat|strncat(d, s, 3)
sprintf|sprintf(d, "%d", 1)
vsprintf|vsprintf(d, "%d", ap)
gets|gets(d)
strtok|strtok(d, " ")
atoi|atoi(s)
atol|atol(s)
atoll|atoll(s)
atof|atof(s)
asctime|asctime(tm)
ctime|ctime(&t)
gmtime|gmtime(&t)
localtime|localtime(&t)
tmpnam|tmpnam(d)
tempnam|tempnam(s, s)
mktemp|mktemp(d)
rand|rand()
srand|srand(1)
random|random()
srandom|srandom(1)'
cflags=$(sed -n 's/^CPPFLAGS *+= *//p' Makefile)
while IFS='|' read -r fn call; do
	src=$TEST_TMP/$fn.c
	printf '#include <stdarg.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\nvoid f(char *d, const char *s, va_list ap, struct tm *tm, time_t t);\nvoid f(char *d, const char *s, va_list ap, struct tm *tm, time_t t)\n{\n\t(void)d, (void)s, (void)ap, (void)tm, (void)t;\n\t(void)%s;\n}\n' "$call" >"$src"
	err=$(${CC:-cc} $cflags -include src/banned.h -std=c11 -c "$src" -o "$TEST_TMP/$fn.o" 2>&1)
	rc=$?
	named=$(grep -o "sorry_${fn}_is_a_banned_function" <<<"$err" | head -n 1)
	check "$fn is banned: its call fails to compile, naming it" [ $rc -ne 0 -a -n "$named" ]
done <<<"$calls"

# The header itself must not break what it allows.
printf '#include <stdio.h>\n#include <string.h>\nint g(char *d, size_t n, const char *s);\nint g(char *d, size_t n, const char *s) { return snprintf(d, n, "%%s", s) + (int)strlen(d); }\n' >"$TEST_TMP/ok.c"
check "snprintf and strlen still compile under banned.h" \
	${CC:-cc} $cflags -include src/banned.h -std=c11 -Wall -Werror -c "$TEST_TMP/ok.c" -o "$TEST_TMP/ok.o"
finish
