#!/usr/bin/env bash
# byoc-seed data in files mode (lib/tarstream.h: the bulk upload writes each file in place;
# byoc-seed picks it for big uncompressed seeds). BYOC_SEED_FILES_MIN=0 picks it for every
# stream, so the whole data and fault suites run again through it: symlinks, empty folders,
# modes, mtimes, non-ASCII names, hostile trees, resets, Ctrl-C, altered bytes.
# (Sparse files and names ending in whitespace fall back to tar, as they must.)
here=$(dirname "$0")
export BYOC_SEED_FILES_MIN=0
bash "$here/seed_data.sh" | sed 's/^\(ok\|not ok\|skip\) - /\1 - files mode: /'
bash "$here/seed_fault.sh" | sed 's/^\(ok\|not ok\|skip\) - /\1 - files mode: /'
