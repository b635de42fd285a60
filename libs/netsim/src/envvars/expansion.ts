/**
 * `$(VAR)` references in container env values, as third_party/forked/golang/expansion/expand.go
 * Expand and MappingFuncFor do it.
 */

/**
 * Expands `$(NAME)` with the first context that defines NAME; unknown references stay verbatim
 * ("$(NAME)"), `$$` is an escaped `$`, an unterminated "$(" is kept, and `$` before any other
 * character is kept with that character.
 */
export function expandEnv(input: string, ...contexts: Array<ReadonlyMap<string, string>>): string {
  const lookup = (name: string): string => {
    for (const ctx of contexts) {
      const v = ctx.get(name);
      if (v !== undefined) return v;
    }
    return `$(${name})`;
  };
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    let advance = 1;
    if (rest[0] === '$') out += '$';
    else if (rest[0] === '(') {
      const close = rest.indexOf(')', 1);
      if (close === -1) out += '$(';
      else {
        out += lookup(rest.slice(1, close));
        advance = close + 1;
      }
    } else out += `$${rest[0]}`;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
