import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real kubectl binaries installed with the Google Cloud SDK (docs/stack.md). */
export const KUBECTL_DIR = '/usr/lib/google-cloud-sdk/bin';
export const kubectlPath = (version: string): string => join(KUBECTL_DIR, `kubectl.${version}`);
export const kubectlInstalled = (version: string): boolean => existsSync(kubectlPath(version));

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Kubectl {
  readonly version: string;
  readonly kubeconfig: string;
  /** Runs one command; never throws for a non-zero exit (the result says it). */
  run(args: string[], opts?: { token?: string; timeoutMs?: number }): Promise<KubectlResult>;
  /** Starts a long-running command (`get -w`); the caller kills it. */
  start(args: string[]): {
    output: () => string;
    waitFor: (text: string | RegExp, timeoutMs?: number) => Promise<string>;
    stop: () => Promise<void>;
  };
}

/**
 * One kubectl binary bound to a kubeconfig, with its own discovery cache and HOME so runs never
 * share state.
 */
export function kubectlFor(version: string, workDir: string, kubeconfigYaml: string): Kubectl {
  mkdirSync(workDir, { recursive: true });
  const kubeconfig = join(workDir, 'kubeconfig.yaml');
  writeFileSync(kubeconfig, kubeconfigYaml, { mode: 0o600 });
  const env = { ...process.env, HOME: workDir, KUBECONFIG: kubeconfig };
  const base = ['--kubeconfig', kubeconfig, '--cache-dir', join(workDir, 'cache')];
  return {
    version,
    kubeconfig,
    run(args, opts = {}) {
      const extra = opts.token ? ['--token', opts.token] : [];
      return new Promise((resolve) => {
        execFile(
          kubectlPath(version),
          [...base, ...extra, ...args],
          { env, timeout: opts.timeoutMs ?? 30_000, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const code =
              error && typeof (error as { code?: unknown }).code === 'number'
                ? ((error as { code: number }).code ?? 1)
                : error
                  ? 1
                  : 0;
            resolve({ code, stdout: String(stdout), stderr: String(stderr) });
          },
        );
      });
    },
    start(args) {
      const child = spawn(kubectlPath(version), [...base, ...args], { env });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      return {
        output: () => out,
        waitFor: async (text, timeoutMs = 15_000) => {
          const deadline = Date.now() + timeoutMs;
          const found = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
          while (!found()) {
            if (Date.now() > deadline) {
              throw new Error(`timed out waiting for ${String(text)}; output so far:\n${out}`);
            }
            await new Promise((r) => setTimeout(r, 50));
          }
          return out;
        },
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    },
  };
}

/** Splits kubectl's column output into rows of cells (runs of 2+ spaces separate columns). */
export function table(stdout: string): string[][] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s{2,}/));
}

/** The header row of the first table in `stdout`. */
export const header = (stdout: string): string[] => table(stdout)[0] ?? [];

/** The row whose first cell (or, with -A, second cell) is `name`. */
export function row(stdout: string, name: string): string[] | undefined {
  return table(stdout).find((r) => r[0] === name || r[1] === name);
}
