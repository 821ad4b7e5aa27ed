# The sandbox's manifest of a tree (lib/manifest.h has the format), run by manifest.sh:
#   python3 manifest.py ROOT [SUMFILE] [METAS]
# prints one line per entry of ROOT, sorted by the raw path bytes; writes the sha256 of the
# printed text to SUMFILE; METAS is a newline-separated list of files-mode meta parts, applied
# as the tree is walked (folders and symlinks first, each file's mode and mtime by the thread
# that hashed it, the folders' own last, deepest first).
# Each hashing thread keeps one read buffer: a new 1 MiB buffer per file had python zero
# 10 GiB to hash 10,000 files of 100 KiB. The threads take the next file from a shared
# counter: a ThreadPoolExecutor's future and wake-up per file cost as much CPU again.
# What the sandbox's user may not read (tar unpacked a file of mode 0200, a folder of 0300)
# is opened with the owner's read bit added for a moment, and left with its own mode.
import os, sys, hashlib, threading, itertools
def esc(b):
    return "".join(chr(c) if 0x21 <= c <= 0x7e and c != 0x25 else "%%%02X" % c for c in b)
root = os.fsencode(sys.argv[1])
fmeta = {}
dirs = []
metas = os.fsencode(sys.argv[3]).split(b"\n") if len(sys.argv) > 3 and sys.argv[3] else []
for m in metas:
    with open(m, "rb") as f:
        for line in f:
            v = line.split()
            t, mode, mt = v[0], int(v[1], 8), int(v[2]) * 1000000000 + int(v[3])
            name = bytes.fromhex(v[4].decode())
            p = root + b"/" + name
            if t == b"d":
                os.makedirs(p, exist_ok=True)
                dirs.append((p, mode, mt))
            elif t == b"l":
                os.makedirs(os.path.dirname(p), exist_ok=True)
                os.symlink(bytes.fromhex(v[5].decode()), p)
                os.utime(p, ns=(mt, mt), follow_symlinks=False)
            else:
                fmeta[name] = (mode, mt)
out = []
files = []
locked = []
def walk(d, rel):
    if not os.access(d, os.R_OK | os.X_OK):
        m = os.lstat(d).st_mode & 0o7777
        os.chmod(d, m | 0o500)
        locked.append((d, m))
    with os.scandir(d) as it:
        ents = list(it)
    for e in ents:
        n = rel + b"/" + e.name if rel else e.name
        if e.is_symlink():
            t = os.readlink(e.path)
            out.append((n, "l %d %s " % (len(t), hashlib.sha256(t).hexdigest())))
        elif e.is_dir(follow_symlinks=False):
            out.append((n, "d 0 - "))
            walk(e.path, n)
        elif e.is_file(follow_symlinks=False):
            files.append((n, e.path))
        else:
            out.append((n, "o 0 - "))
def hf(n, p, b, mv):
    h = hashlib.sha256()
    s = 0
    try:
        f = open(p, "rb", buffering=0)
    except PermissionError:
        own = os.lstat(p).st_mode & 0o7777
        os.chmod(p, own | 0o400)
        f = open(p, "rb", buffering=0)
        os.chmod(f.fileno(), own)
    with f:
        while True:
            k = f.readinto(b)
            if not k:
                break
            h.update(mv[:k])
            s += k
        meta = fmeta.pop(n, None)
        if meta:
            os.chmod(f.fileno(), meta[0])
            os.utime(f.fileno(), ns=(meta[1], meta[1]))
    return "f %d %s " % (s, h.hexdigest())
walk(root, b"")
res = [None] * len(files)
nxt = itertools.count()
def work():
    b = bytearray(1048576)
    mv = memoryview(b)
    while True:
        i = next(nxt)
        if i >= len(files):
            return
        res[i] = hf(files[i][0], files[i][1], b, mv)
ts = [threading.Thread(target=work) for k in range(max(2, os.cpu_count() or 1))]
for t in ts:
    t.start()
for t in ts:
    t.join()
for (n, p), l in zip(files, res):
    if l is None:
        sys.exit("a hashing thread failed")
    out.append((n, l))
if fmeta:
    sys.exit("not a file in the tree: %r" % min(fmeta))
for p, mode in sorted(locked, reverse=True):
    os.chmod(p, mode)
for p, mode, mt in sorted(dirs, reverse=True):
    os.chmod(p, mode)
    os.utime(p, ns=(mt, mt))
out.sort()
w = sys.stdout.write
h = hashlib.sha256()
for n, l in out:
    t = l + esc(n) + "\n"
    h.update(t.encode())
    w(t)
if len(sys.argv) > 2 and sys.argv[2]:
    with open(sys.argv[2], "w") as f:
        f.write(h.hexdigest())
