import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv } from './dot-env';

describe('loadDotEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kns-dotenv-'));
  const names = ['KNS_DOTENV_FROM_FILE', 'KNS_DOTENV_REAL'];
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const name of names) delete process.env[name];
  });

  it('adds the file’s variables but lets the real environment win', () => {
    const file = join(dir, '.env');
    writeFileSync(file, 'KNS_DOTENV_FROM_FILE=file\nKNS_DOTENV_REAL=file\n');
    process.env.KNS_DOTENV_REAL = 'real';
    expect(loadDotEnv(file)).toBe(file);
    expect(process.env.KNS_DOTENV_FROM_FILE).toBe('file');
    expect(process.env.KNS_DOTENV_REAL).toBe('real');
  });

  it('does nothing without a file', () => {
    expect(loadDotEnv(join(dir, 'missing.env'))).toBeUndefined();
  });
});
