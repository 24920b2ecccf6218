/** Input parsing and path scoping. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOptions } from '../../src/action/build.js';
import type { ActionContext } from '../../src/action/context.js';
import type { Git } from '../../src/action/git.js';
import { kubernetesVersion, parseSize, readInputs, splitList } from '../../src/action/inputs.js';
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
  it('reads a Kubernetes version, and refuses the 1.3 that an unquoted 1.30 becomes', () => {
    expect(kubernetesVersion('1.30')).toBe('1.30');
    expect(kubernetesVersion('v1.29.4')).toBe('v1.29.4');
    expect(() => kubernetesVersion('1.3')).toThrow('write kubernetes-version: "1.30"');
    expect(() => kubernetesVersion('latest')).toThrow("'latest' is not a version such as 1.34");
  });
});

describe('keep-images', () => {
  // @actions/core reads input `keep-images` from INPUT_KEEP-IMAGES.
  const withInputs = (inputs: Record<string, string>) => {
    for (const [name, value] of Object.entries(inputs)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
    return readInputs();
  };
  afterEach(() => vi.unstubAllEnvs());

  it('is false unless set, true or false like the other boolean inputs', () => {
    expect(withInputs({}).keepImages).toBe(false);
    expect(withInputs({ 'keep-images': 'false' }).keepImages).toBe(false);
    expect(withInputs({ 'keep-images': ' True ' }).keepImages).toBe(true);
    expect(() => withInputs({ 'keep-images': 'yes' })).toThrow("input keep-images: 'yes' is not true or false");
  });

  it('min-efficiency reads fractions as the config does, and refuses what is not one', () => {
    expect(withInputs({ 'min-efficiency': '0.9' }).minEfficiency).toBe(0.9);
    expect(withInputs({ 'min-efficiency': '90%' }).minEfficiency).toBe(0.9);
    expect(withInputs({ 'min-efficiency': '85' }).minEfficiency).toBe(0.85);
    expect(() => withInputs({ 'min-efficiency': '150%' })).toThrow("input min-efficiency: '150%' is not a fraction between 0 and 1");
    expect(() => withInputs({ 'min-efficiency': 'high' })).toThrow('input min-efficiency');
  });

  it('reaches the build options', async () => {
    const options = async (keep: string) => {
      const inputs = withInputs({ build: 'true', 'keep-images': keep });
      return buildOptions(inputs, { eventName: 'push' } as ActionContext, { kind: 'all', reason: 'test' }, {} as Git, []);
    };
    expect((await options('true'))?.keepImages).toBe(true);
    expect((await options('false'))?.keepImages).toBe(false);
  });
});

describe('pathFilter', () => {
  it('matches like .gitignore: bare names at any depth, directories by prefix, excludes win', () => {
    const keep = pathFilter(['Dockerfile*', 'deploy/'], ['deploy/old/**']);
    expect(['Dockerfile', 'svc/Dockerfile.prod', 'deploy/app.yaml', 'deploy/old/app.yaml', 'other/app.yaml'].filter(keep)).toEqual(['Dockerfile', 'svc/Dockerfile.prod', 'deploy/app.yaml']);
    expect(pathFilter([], [])('anything')).toBe(true);
  });
});
