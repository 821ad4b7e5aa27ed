/*
 * Spools: unlinked temporary files for what would otherwise grow in memory with
 * the number of entries of a seed (tarstream's entry list, manifest runs).
 */
#ifndef BYOC_SPOOL_H
#define BYOC_SPOOL_H

#include <stdio.h>

/* An unlinked file open for reading and writing in $TMPDIR (or /tmp): gone when
 * closed, however the process ends. BYOC_EIO naming the folder when none can be made. */
int spool_open(FILE **f);

#endif
