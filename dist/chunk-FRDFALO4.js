import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/shard.ts
var ShardError = class extends Error {
};
function parseShard(spec) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!match) throw new ShardError(`shard must look like i/n (for example 2/4), not '${spec}'`);
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || index < 1 || index > count) throw new ShardError(`shard ${index}/${count} is out of range: i must be between 1 and n`);
  return { index, count };
}
function pathHash(path) {
  let hash = 2166136261;
  for (const byte of Buffer.from(path, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 3266489909) >>> 0;
  return (hash ^ hash >>> 16) >>> 0;
}
function shardOf(path, count) {
  return pathHash(path) % count + 1;
}
function inShard(shard) {
  return (file) => shardOf(file, shard.count) === shard.index;
}

export {
  ShardError,
  parseShard,
  inShard
};
