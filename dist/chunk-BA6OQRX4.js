import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/report/markdown-escape.ts
var SPECIAL = /[&<>"'`*_[\]()#!~|@$\\:]/g;
function escapeMarkdown(text) {
  return text.replace(/[\x00-\x1f\x7f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, " ").replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function link(text, url) {
  const label = escapeMarkdown(text);
  return url ? `[${label}](${url.replace(/[()\s<>]/g, encodeURIComponent)})` : label;
}

export {
  escapeMarkdown,
  encodePath,
  link
};
