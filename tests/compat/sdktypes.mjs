// The shapes the official @anthropic-ai/sdk declares, read from its own .d.ts files, so a
// test can check that byoc-local answers every field a type requires (and nothing it names
// with another type).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('@anthropic-ai/sdk'));
const files = [
  'resources/beta/environments/work.d.ts',
  'resources/beta/environments/environments.d.ts',
  'resources/beta/sessions/sessions.d.ts',
  'resources/beta/sessions/events.d.ts',
  'resources/beta/agents/agents.d.ts',
].map((f) => fs.readFileSync(path.join(root, f), 'utf8'));

const cache = new Map();
// The top-level fields of `export interface NAME { ... }`: {name, optional}.
export function fieldsOf(name) {
  if (cache.has(name)) return cache.get(name);
  for (const text of files) {
    const start = text.indexOf(`export interface ${name} {`);
    if (start < 0) continue;
    const fields = [];
    let depth = 0;
    for (const line of text.slice(start).split('\n')) {
      const m = depth === 1 && line.match(/^\s+'?([A-Za-z_][\w-]*)'?(\?)?:/);
      if (m && !/^\s*\*/.test(line)) fields.push({ name: m[1], optional: !!m[2] });
      for (const ch of line.replace(/\/\*.*?\*\//g, '')) {
        if (ch === '{') depth++;
        else if (ch === '}') depth--;
      }
      if (depth === 0 && fields.length + 1 > 0 && line.includes('}')) break;
    }
    cache.set(name, fields);
    return fields;
  }
  throw new Error(`no interface ${name} in the SDK's types`);
}

// Throws unless obj has every required field of the type.
export function checkShape(obj, name) {
  if (obj === null || typeof obj !== 'object') throw new Error(`${name}: not an object: ${JSON.stringify(obj)}`);
  const missing = fieldsOf(name).filter((f) => !f.optional && !(f.name in obj)).map((f) => f.name);
  if (missing.length) throw new Error(`${name} lacks ${missing.join(', ')}: ${JSON.stringify(obj).slice(0, 400)}`);
  return obj;
}
