#!/usr/bin/env python3
"""find_strings.py PATTERNS PATH...: prints each file under PATH that holds any line of the
file PATTERNS as fixed bytes, like `grep -rlaF -f PATTERNS PATH...`, but reading only a
file's data extents (SEEK_DATA/SEEK_HOLE): byoc-local's sandbox disks are sparse images of
gigabytes with a few MiB written, and a hole holds only zeros, so no secret can hide there.
One pass for every pattern at once; symlinks are not followed."""
import os
import sys

CHUNK = 1 << 20


def extents(fd, size):
    pos = 0
    while pos < size:
        try:
            start = os.lseek(fd, pos, os.SEEK_DATA)
        except OSError:  # ENXIO: only a hole is left
            return
        end = os.lseek(fd, start, os.SEEK_HOLE)
        yield start, end
        pos = end


def holds(path, patterns, keep):
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        size = os.fstat(fd).st_size
        for start, end in extents(fd, size):
            tail = b""
            os.lseek(fd, start, os.SEEK_SET)
            left = end - start
            while left > 0:
                block = os.read(fd, min(CHUNK, left))
                if not block:
                    break
                left -= len(block)
                data = tail + block
                if any(p in data for p in patterns):
                    return True
                tail = data[-keep:] if keep else b""
        return False
    finally:
        os.close(fd)


def main():
    patterns = [p for p in open(sys.argv[1], "rb").read().split(b"\n") if p]
    if not patterns:
        return 0
    keep = max(len(p) for p in patterns) - 1
    for top in sys.argv[2:]:
        walk = [(top, [], [os.path.basename(top)])] if os.path.isfile(top) else os.walk(top)
        for root, _, files in walk:
            for name in files:
                path = root if os.path.isfile(top) else os.path.join(root, name)
                if os.path.isfile(path) and not os.path.islink(path) and holds(path, patterns, keep):
                    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
