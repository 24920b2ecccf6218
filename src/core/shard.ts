/**
 * `shard: i/n`: which files one job of an n-job matrix reports. A file belongs to shard (hash(path) mod n) + 1, with
 * the path as the report spells it (relative to the repository root in the action, to the working directory in the
 * CLI), so the shards partition the files whatever order the walk meets them in and whichever machine runs them.
 * docs/sharding.md describes the matrix workflow and what a shard reads beyond its own files.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardError extends Error {}

/** "2/4" → {index: 2, count: 4}; anything else is a usage error with the reason. */
export function parseShard(spec: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!match) throw new ShardError(`shard must look like i/n (for example 2/4), not '${spec}'`);
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || index < 1 || index > count) throw new ShardError(`shard ${index}/${count} is out of range: i must be between 1 and n`);
  return { index, count };
}

/**
 * FNV-1a (32 bit) over the UTF-8 bytes, then murmur3's finaliser: stable across Node versions and platforms. FNV alone
 * leaves its low bits poorly mixed for paths that differ in a digit or two (1311 vs 1689 of 3000 paths for n = 2).
 */
export function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(path, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

export function shardOf(path: string, count: number): number {
  return (pathHash(path) % count) + 1;
}

export function inShard(shard: Shard): (file: string) => boolean {
  return (file) => shardOf(file, shard.count) === shard.index;
}
