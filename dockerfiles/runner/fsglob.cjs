// fs.promises.glob for Node < 22. The SDK's glob tool (agent-toolset) calls Node 22's
// fs.glob; Debian 12's node is older, and a worker uses the node of its sandbox's /usr. This
// walks cwd and yields the Dirents whose path relative to cwd matches the pattern (*, **, ?,
// {a,b}), honouring withFileTypes and exclude as the SDK passes them. Loaded before the SDK.
'use strict';
const fsp = require('node:fs/promises');
const path = require('node:path');

function toRegExp(pattern) {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function* glob(pattern, opts = {}) {
  const cwd = opts.cwd || process.cwd();
  const re = toRegExp(pattern);
  const stack = [cwd];
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const d of entries) {
      if (opts.exclude && opts.exclude(d)) continue;
      if (!d.parentPath) d.parentPath = dir;
      const rel = path.relative(cwd, path.join(dir, d.name));
      if (re.test(rel)) yield opts.withFileTypes ? d : rel;
      if (d.isDirectory()) stack.push(path.join(dir, d.name));
    }
  }
}

if (typeof fsp.glob !== 'function') fsp.glob = glob;
