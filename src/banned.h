/*
 * Functions byoc's sources may not call, as git's banned.h does: every src/ file is
 * compiled with `-include src/banned.h` (Makefile, BANNED), so a call to one of these
 * names fails the build (and so `make check`) with an error naming the function, e.g.
 * "sorry_strcpy_is_a_banned_function undeclared".
 *
 * Why each is out, and what to use instead:
 *   strcpy, strcat, strncpy, strncat  no bound, or one that leaves no NUL: snprintf, memcpy
 *                                     with a checked length, or struct buf
 *   sprintf, vsprintf                 no bound: snprintf, vsnprintf, buf_printf
 *   gets                              no bound at all
 *   strtok                            hidden state, not thread-safe: strtok_r, strsep
 *   atoi, atol, atoll, atof           no error report, undefined on overflow:
 *                                     num_parse_long (util/num.h), strtol with checks
 *   asctime, ctime, gmtime, localtime a shared static result: the _r forms
 *   tmpnam, tempnam, mktemp           a race between naming and creating: mkstemp, spool_open
 *   rand, srand, random, srandom      guessable and shared: rand_bytes (util/rand.h)
 *
 * The system headers that declare them come first, so that the macros below only meet
 * calls in our code.
 */
#ifndef BYOC_BANNED_H
#define BYOC_BANNED_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) BANNED(strncat)

#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef gets
#define gets(x) BANNED(gets)
#undef strtok
#define strtok(x, y) BANNED(strtok)

#undef atoi
#define atoi(x) BANNED(atoi)
#undef atol
#define atol(x) BANNED(atol)
#undef atoll
#define atoll(x) BANNED(atoll)
#undef atof
#define atof(x) BANNED(atof)

#undef asctime
#define asctime(x) BANNED(asctime)
#undef ctime
#define ctime(x) BANNED(ctime)
#undef gmtime
#define gmtime(x) BANNED(gmtime)
#undef localtime
#define localtime(x) BANNED(localtime)

#undef tmpnam
#define tmpnam(x) BANNED(tmpnam)
#undef tempnam
#define tempnam(x, y) BANNED(tempnam)
#undef mktemp
#define mktemp(x) BANNED(mktemp)

#undef rand
#define rand() BANNED(rand)
#undef srand
#define srand(x) BANNED(srand)
#undef random
#define random() BANNED(random)
#undef srandom
#define srandom(x) BANNED(srandom)

#endif
