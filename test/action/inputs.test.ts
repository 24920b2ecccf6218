/** Input parsing and path scoping. */
import { describe, expect, it } from 'vitest';
import { parseSize, splitList } from '../../src/action/inputs.js';
import { pathFilter } from '../../src/action/scope.js';

describe('inputs', () => {
  it('splits on newlines and commas, but not inside braces', () => {
    expect(splitList('a/**, b/*.{yaml,yml}\n\n c ')).toEqual(['a/**', 'b/*.{yaml,yml}', 'c']);
  });

  it('reads sizes in decimal and binary units', () => {
    expect(parseSize('500MB')).toBe(500_000_000);
    expect(parseSize('1.5 GiB')).toBe(1_610_612_736);
    expect(parseSize('800000')).toBe(800_000);
    expect(() => parseSize('big')).toThrow(/max-image-size/);
  });
});

describe('pathFilter', () => {
  it('matches like .gitignore: bare names at any depth, directories by prefix, excludes win', () => {
    const keep = pathFilter(['Dockerfile*', 'deploy/'], ['deploy/old/**']);
    expect(['Dockerfile', 'svc/Dockerfile.prod', 'deploy/app.yaml', 'deploy/old/app.yaml', 'other/app.yaml'].filter(keep)).toEqual(['Dockerfile', 'svc/Dockerfile.prod', 'deploy/app.yaml']);
    expect(pathFilter([], [])('anything')).toBe(true);
  });
});
