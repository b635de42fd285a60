/** The console's only way to the service: same-origin fetches with the signed-in key. */

const KEY_ITEM = 'kns.apiKey';

/** Kept for the browser tab only (sessionStorage), never put in a URL or logged. */
export const session = {
  key: (): string | null => sessionStorage.getItem(KEY_ITEM),
  signIn: (key: string): void => sessionStorage.setItem(KEY_ITEM, key),
  signOut: (): void => sessionStorage.removeItem(KEY_ITEM),
};

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
  }
}

interface Options {
  method?: string;
  /** A string is sent as YAML, anything else as JSON. */
  body?: unknown;
  key?: string;
  accept?: string;
}

async function request(path: string, options: Options = {}): Promise<Response> {
  const key = options.key ?? session.key();
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  let body: string | undefined;
  if (typeof options.body === 'string') {
    headers['Content-Type'] = 'application/yaml';
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(path, { method: options.method ?? 'GET', headers, body });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as {
      detail?: string;
      title?: string;
      errors?: Array<{ field: string; message: string }>;
    };
    throw new ApiError(
      problem.detail ?? problem.title ?? res.statusText,
      res.status,
      problem.errors,
    );
  }
  return res;
}

export async function api<T>(path: string, options?: Options): Promise<T> {
  return (await request(path, options)).json() as Promise<T>;
}

export async function apiText(path: string, accept: string): Promise<string> {
  return (await request(path, { accept })).text();
}

/** Saves a text answer (a kubeconfig, an SVG) as a file, without putting the key in a URL. */
export async function download(path: string, accept: string, filename: string): Promise<void> {
  const blob = await (await request(path, { accept })).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const enc = encodeURIComponent;
