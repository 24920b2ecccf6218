import { describe, expect, it } from 'vitest';
import { assessCredential, credentialName, credentialValue, isPlaceholder, nameWords } from '../../src/core/secrets.js';
import { secretFileKind } from '../../src/core/secret-files.js';

describe('credential names', () => {
  it('splits names into words at separators and camelCase', () => {
    expect(nameWords('dbPassword')).toEqual(['DB', 'PASSWORD']);
    expect(nameWords('AWS_SECRET-ACCESS.key')).toEqual(['AWS', 'SECRET', 'ACCESS', 'KEY']);
  });
  it.each([
    ['NPM_TOKEN', 'TOKEN'], ['DB_PASSWORD', 'PASSWORD'], ['apiKey', 'API_KEY'], ['AWS_ACCESS_KEY_ID', 'ACCESS_KEY'],
    ['OAUTH_CLIENT_SECRET', 'SECRET'], ['SSH_PRIVATE_KEY', 'PRIVATE_KEY'], ['MYSQL_PWD', 'PWD'], ['PGPASSWORD', 'PGPASSWORD'],
  ])('%s is a credential name (%s)', (name, word) => expect(credentialName(name)).toBe(word));
  it.each(['TOKENIZERS_PARALLELISM', 'PASSWORD_FILE', 'TOKEN_PATH', 'SECRET_URL', 'AUTH_ENABLED', 'GPG_KEY', 'PWD', 'USERNAME',
    'STRIPE_PUBLISHABLE_KEY', 'VAPID_PUBLIC_KEY', 'MAX_TOKENS', 'PASSENGER_APP_ENV', 'KEYCLOAK_HOST'])('%s is not', (name) => {
    expect(credentialName(name)).toBeNull();
  });
});

describe('credential values', () => {
  it.each([
    ['AKIAZ2QX7R4LBMV3T6WN', 'an AWS access key id'],
    ['ghp_R8fK2mQ9vL4xT7wB1nC6pZ3sD5yH0jE2aGiU', 'a GitHub token'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv', 'a GitHub fine-grained token'],
    ['xoxb-2048-4096-AbCdEfGhIjKlMnOpQrSt', 'a Slack token'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE', 'a private key'],
    ['https://user:pa55word@registry.example.com/simple', 'a password in a URL'],
  ])('%s is %s', (value, what) => expect(credentialValue(value)).toBe(what));
  it('a URL whose password is a variable is not a credential', () => {
    expect(credentialValue('https://user:${PASS}@registry.example.com/simple')).toBeNull();
  });
  it.each(['', '""', '${TOKEN}', '$TOKEN', '<token>', '{{ token }}', 'xxxx', '****', 'dummy', 'EXAMPLE', 'your-api-key', 'false', '/run/secrets/token'])(
    '%j is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each(['changeme', 'password', 'hunter2', 's3cr3t'])('%j is not a placeholder', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('assessCredential', () => {
  it('decides on the name when the value is set elsewhere', () => {
    expect(assessCredential('GITHUB_TOKEN', undefined)).toEqual({ by: 'name', what: 'TOKEN' });
  });
  it('a literal token counts under any name, a placeholder under none', () => {
    expect(assessCredential('SETTING', 'AKIAZ2QX7R4LBMV3T6WN')).toEqual({ by: 'value', what: 'an AWS access key id' });
    expect(assessCredential('API_KEY', '<your key>')).toBeNull();
    expect(assessCredential('NODE_ENV', 'production')).toBeNull();
  });
  it('never hands the value back', () => {
    const value = 'hunter2-prod-value';
    expect(JSON.stringify(assessCredential('DB_PASSWORD', value))).not.toContain(value);
  });
});

describe('secret files', () => {
  it.each([
    ['id_rsa', 'an SSH private key'], ['keys/id_ed25519', 'an SSH private key'], ['.env', 'an environment file'],
    ['.env.production', 'an environment file'], ['config/.npmrc', 'an npm config that holds registry tokens'],
    ['/root/.aws/credentials', 'AWS credentials'], ['.kube/config', 'a kubeconfig with cluster credentials'],
    ['tls.key', 'a private key'], ['server.pem', 'a PEM file, usually a private key'], ['~/.ssh', 'an SSH directory with private keys'],
  ])('%s is %s', (path, what) => expect(secretFileKind(path)).toBe(what));
  it.each(['id_rsa.pub', '.env.example', 'config.sample', 'settings.template', 'ca.pem', 'server-cert.pem', 'nodesource.gpg.key',
    '.ssh/known_hosts', 'package.json', 'keys.py'])('%s is not', (path) => expect(secretFileKind(path)).toBeNull());
});
