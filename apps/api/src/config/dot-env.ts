import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Loads `.env` from the working directory when there is one (`cp .env.example .env`), before the
 * configuration is read, with Node's own parser (the syntax of `node --env-file`). Variables
 * already in the environment win, so `PORT=4000 npm start` still overrides the file. Returns the
 * file it loaded.
 */
export function loadDotEnv(
  file = resolve('.env'),
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!existsSync(file)) return undefined;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}
