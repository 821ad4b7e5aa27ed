// Holds byoc-local's traffic logs (byoc-local --traffic-log) against Daytona's OpenAPI specs
// (../shared/daytona/openapi-api.yaml and openapi-toolbox.yaml, v0.205.1) with openapi-backend.
//
//   node validate.mjs [--specs DIR] LOG.jsonl...
//
// For each log, one TAP line per distinct violation ("not ok - ..."), or one "ok - ..." line.
// What is checked:
//   - every response on a route of the specs: a 2xx status the operation documents, and a JSON
//     body that validates against the schema of that status (optional fields omitted, null only
//     where the spec says nullable); error statuses when the spec documents them;
//   - every request that byoc's tools or the official SDK sent (User-Agent byoc/... or
//     sdk-typescript...): a route of the specs, and parameters and JSON body that validate.
//     Requests from the tests' own probes (curl, node fetch) are deliberately malformed at times,
//     so only the answers to them are checked.
// Not in these specs, so not checked here: the S3 endpoint, the build-log stream on the proxy
// (/snapshots/{id}/build-logs) and Anthropic's routes (/v1/...).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import addFormats from 'ajv-formats';
import OpenAPIBackend from 'openapi-backend';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let specDir = process.env.BYOC_SPECS || path.resolve(here, '../../../shared/daytona');
if (args[0] === '--specs') { specDir = args[1]; args.splice(0, 2); }

// Two shapes of the generated specs that say something other than what they mean, read as they
// mean it (docs/spec-notes.md, "Reading the specs"):
//  - nullable on a schema without a type (beside allOf/$ref, valid OpenAPI 3.0): Ajv refuses to
//    compile it; it means "that schema, or null";
//  - `type: object` beside an `allOf` of one $ref (the toolbox's ErrorResponse.code wraps the
//    DaemonErrorCode string enum so): the generator's wrapper type, which no string could meet.
function normalize(node) {
	if (Array.isArray(node)) return node.map(normalize);
	if (!node || typeof node !== 'object') return node;
	const out = {};
	for (const [k, v] of Object.entries(node)) out[k] = normalize(v);
	if (Array.isArray(out.allOf) && out.allOf.length === 1 && out.allOf[0].$ref && out.type === 'object' && !out.properties)
		delete out.type;
	if (out.nullable === true && out.type === undefined) {
		delete out.nullable;
		const { description, example } = out;
		delete out.description;
		delete out.example;
		return { anyOf: [out, { type: 'null' }], ...(description ? { description } : {}), ...(example !== undefined ? { example } : {}) };
	}
	return out;
}

async function load(file) {
	const doc = normalize(loadYaml(fs.readFileSync(path.join(specDir, file), 'utf8')));
	// quick: Ajv validators are compiled when an operation is first met, not all up front
	const api = new OpenAPIBackend({
		definition: doc, quick: true, validate: true, strict: false, ignoreTrailingSlashes: false,
		customizeAjv: (ajv) => { addFormats(ajv); ajv.opts.logger = false; ajv.opts.allErrors = true; return ajv; },
	});
	await api.init();
	return api;
}

const [apiSpec, toolboxSpec] = await Promise.all([load('openapi-api.yaml'), load('openapi-toolbox.yaml')]);

// Which spec a URI belongs to, and the path inside it.
function route(uri) {
	const [rawPath, query = ''] = uri.split('?', 2);
	let m;
	if ((m = /^\/api(\/.*)$/.exec(rawPath))) return { spec: apiSpec, name: 'api', path: m[1], query };
	if ((m = /^\/toolbox\/[^/]+(\/.*)$/.exec(rawPath))) return { spec: toolboxSpec, name: 'toolbox', path: m[1], query };
	return null;
}

function parseQuery(q) {
	const out = {};
	for (const [k, v] of new URLSearchParams(q)) {
		if (k in out) out[k] = [].concat(out[k], v);
		else out[k] = v;
	}
	return out;
}

function isOurClient(h) {
	const ua = h['user-agent'] || '';
	return ua.startsWith('byoc/') || ua.startsWith('sdk-typescript');
}

// One line per distinct error: array indices are folded (/items/3 -> /items/*).
function describe(errors) {
	const out = new Set(errors.map((e) => `${(e.instancePath || '/').replace(/\/\d+(?=\/|$)/g, '/*')} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}${e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(',')})` : ''}`));
	return [...out].join('; ');
}

function statusDocumented(op, status) {
	const r = op.responses || {};
	return String(status) in r || `${String(status)[0]}XX` in r || 'default' in r;
}

function responseFor(op, status) {
	const r = op.responses || {};
	return r[String(status)] || r[`${String(status)[0]}XX`] || r.default;
}

function jsonSchemaFor(op, status) {
	const res = responseFor(op, status);
	return res && res.content && res.content['application/json'] && res.content['application/json'].schema;
}

// A non-JSON content type the spec lists for this answer (the session logs' text/plain for
// clients older than 0.167, for instance).
function otherTypeAllowed(op, status, ctype) {
	const res = responseFor(op, status);
	const mt = (ctype || '').split(';')[0].trim().toLowerCase();
	return !!(res && res.content && mt && mt !== 'application/json' && mt in res.content);
}

function check(rec, add) {
	const where = route(rec.uri);
	if (!where) return 'outside';
	const headers = rec.headers || {};
	const req = { method: rec.method.toLowerCase(), path: where.path, query: parseQuery(where.query), headers, body: rec.requestBody };
	const ours = isOurClient(headers);
	const op = where.spec.matchOperation(req);
	const who = ours ? (headers['user-agent'].startsWith('byoc/') ? 'byoc' : 'the SDK') : 'a test probe';
	if (!op) {
		if (ours && rec.method !== 'HEAD') add(`${who} called ${rec.method} ${where.name}:${where.path.replace(/[0-9a-f-]{36}/g, '{id}')}, which is not in the spec`, rec);
		return 'unmatched';
	}
	const label = `${rec.method} ${where.name}:${op.path}`;
	if (ours) {
		// A streamed body (an upload) was not kept: its path, query and headers are still checked.
		const v = where.spec.validateRequest(req, op);
		const aboutBody = (e) => /^\/requestBody(\/|$)/.test(e.instancePath || '') || (e.params && e.params.missingProperty === 'requestBody');
		const errors = (v.errors || []).filter((e) => !rec.requestBodyUnread || !aboutBody(e));
		if (errors.length) add(`${who}'s request ${label} does not validate: ${describe(errors)}`, rec);
	}
	const st = rec.status;
	if (st >= 200 && st < 300 && !statusDocumented(op, st)) {
		add(`${label} answered ${st}, which the spec does not document (${Object.keys(op.responses || {}).join(', ')})`, rec);
		return 'checked';
	}
	const schema = jsonSchemaFor(op, st);
	if (!schema || rec.method === 'HEAD') return 'checked';
	if (rec.streamed) return 'checked';
	if (otherTypeAllowed(op, st, rec.contentType)) return 'checked';
	if (!('body' in rec)) {
		add(`${label} ${st} answered ${rec.contentType || 'no content type'} where the spec wants application/json`, rec);
		return 'checked';
	}
	const v = where.spec.validateResponse(rec.body, op, st);
	if (!v.valid) add(`${label} ${st} response does not validate: ${describe(v.errors)}`, rec);
	return 'checked';
}

let failed = false;
for (const file of args) {
	const name = path.basename(file, '.jsonl');
	const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
	const seen = new Map();
	const counts = { checked: 0, unmatched: 0, outside: 0 };
	const add = (msg, rec) => { if (!seen.has(msg)) seen.set(msg, { n: 0, rec }); seen.get(msg).n++; };
	for (const line of lines) {
		let rec;
		try { rec = JSON.parse(line); } catch { add('a traffic log line is not JSON', { uri: line.slice(0, 80) }); continue; }
		counts[check(rec, add)]++;
	}
	if (seen.size === 0) {
		console.log(`ok - spec: ${name}: ${counts.checked} exchanges hold against the OpenAPI specs (${counts.outside} outside them)`);
		continue;
	}
	failed = true;
	for (const [msg, { n, rec }] of seen) {
		console.log(`not ok - spec: ${name}: ${msg}${n > 1 ? ` (${n} times)` : ''}`);
		console.log(`#   e.g. ${rec.method} ${rec.uri} -> ${rec.status}${rec.body !== undefined ? ' ' + JSON.stringify(rec.body).slice(0, 400) : ''}`);
	}
}
process.exit(failed ? 1 : 0);
