// The official SDK's own context extraction (Image.fromDockerfile) and context hash
// (ObjectStorage.computeHashForPathMd5), run on a Dockerfile: prints
// {"contexts":[{"archivePath","sourcePath","hash"}]} for every context the SDK would upload.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const sdk = require('@daytonaio/sdk');
const { ObjectStorage } = require(path.join(path.dirname(require.resolve('@daytonaio/sdk')), 'ObjectStorage.js'));

const dockerfile = process.argv[2];
const img = sdk.Image.fromDockerfile(dockerfile);
const store = new ObjectStorage({
  endpointUrl: 'http://127.0.0.1:9', accessKeyId: 'x', secretAccessKey: 'x', sessionToken: 'x', region: 'us-east-1',
});
const out = [];
for (const c of img.contextList) {
  if (!fs.existsSync(c.sourcePath)) continue;   // the SDK would fail its upload
  out.push({ archivePath: c.archivePath, sourcePath: c.sourcePath,
             hash: await store.computeHashForPathMd5(c.sourcePath, c.archivePath) });
}
console.log(JSON.stringify({ contexts: out }));
