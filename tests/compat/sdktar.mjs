// The tar the official SDK uploads for one context, written to stdout: the body of
// ObjectStorage.uploadAsTar (@daytonaio/sdk 0.218.0) with the same tar.create call and
// arguments, from the node-tar the SDK depends on; only the S3 upload is replaced by stdout.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const sdkDir = path.dirname(require.resolve('@daytonaio/sdk'));
const sdkRequire = createRequire(path.join(sdkDir, 'ObjectStorage.js'));
const tar = sdkRequire('tar');
const pathe = sdkRequire('pathe');

let [sourcePath, archiveBasePath] = process.argv.slice(2);
sourcePath = pathe.resolve(sourcePath);
const normalizedSourcePath = pathe.normalize(sourcePath);
const normalizedArchiveBasePath = pathe.normalize(archiveBasePath);
const basePrefix = normalizedArchiveBasePath === '.'
  ? normalizedSourcePath
  : normalizedSourcePath.slice(0, normalizedSourcePath.length - normalizedArchiveBasePath.length);
tar.create({ cwd: basePrefix, portable: true, gzip: false }, [normalizedArchiveBasePath]).pipe(process.stdout);
