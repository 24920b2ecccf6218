import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/arrays.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function maxOf(values, empty = 0) {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return values.length ? max : empty;
}

export {
  append,
  maxOf
};
