/**
 * The decode-time format checks of upstream's custom scalars, with their Go messages:
 * resource.ParseQuantity (k8s.io/apimachinery/pkg/api/resource/quantity.go), metav1.Time and
 * MicroTime (time.Parse with RFC3339 / RFC3339Micro) and []byte fields (base64.StdEncoding).
 * Each returns the error text, or undefined when the value decodes.
 */

const QUANTITY_RE = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const QUANTITY_FORMAT = `quantities must match the regular expression '${QUANTITY_RE}'`;
const QUANTITY_SUFFIXES = new Set(['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'n', 'u', 'm', 'k']);
for (const s of ['M', 'G', 'T', 'P', 'E']) QUANTITY_SUFFIXES.add(s);

export function quantityError(text: string): string | undefined {
  if (text === '0') return undefined;
  const m = new RegExp(QUANTITY_RE).exec(text);
  if (!m || !/[0-9]/.test(m[1]) || (m[1].match(/\./g)?.length ?? 0) > 1) return QUANTITY_FORMAT;
  const suffix = m[2];
  if (QUANTITY_SUFFIXES.has(suffix) || /^[eE][-+]?[0-9]+$/.test(suffix)) return undefined;
  return "unable to parse quantity's suffix";
}

const RFC3339 = '2006-01-02T15:04:05Z07:00';
const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';

interface Element {
  layout: string;
  /** Consumes the element's text at the start of `rest`; returns its length, or -1. */
  take(rest: string): number;
  /** For numeric elements: the range error's unit when the number is out of range. */
  range?: [string, number, number];
}

const digits =
  (n: number) =>
  (rest: string): number =>
    new RegExp(`^[0-9]{${n}}`).test(rest) ? n : -1;
const literal =
  (text: string) =>
  (rest: string): number =>
    rest.startsWith(text) ? text.length : -1;
const zone = (rest: string): number =>
  rest.startsWith('Z') ? 1 : /^[+-][0-9]{2}:[0-9]{2}/.test(rest) ? 6 : -1;
// Go accepts fractional seconds after "05" even when the layout has none.
const secondsWithFraction = (rest: string): number => {
  const m = /^[0-9]{2}(\.[0-9]+)?/.exec(rest);
  return m ? m[0].length : -1;
};

function elements(micro: boolean): Element[] {
  return [
    { layout: '2006', take: digits(4) },
    { layout: '-', take: literal('-') },
    { layout: '01', take: digits(2), range: ['month', 1, 12] },
    { layout: '-', take: literal('-') },
    { layout: '02', take: digits(2), range: ['day', 1, 31] },
    { layout: 'T', take: literal('T') },
    { layout: '15', take: digits(2), range: ['hour', 0, 23] },
    { layout: ':', take: literal(':') },
    { layout: '04', take: digits(2), range: ['minute', 0, 59] },
    { layout: ':', take: literal(':') },
    micro
      ? { layout: '05', take: digits(2), range: ['second', 0, 59] }
      : { layout: '05', take: secondsWithFraction, range: ['second', 0, 59] },
    ...(micro
      ? [{ layout: '.000000', take: (r: string) => (/^\.[0-9]{6}/.test(r) ? 7 : -1) }]
      : []),
    { layout: 'Z07:00', take: zone },
  ];
}

const daysIn = (month: number, year: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** time.Parse's error for an RFC 3339 (or RFC3339Micro) value, as metav1.Time's decoder returns it. */
export function timeError(value: string, micro = false): string | undefined {
  const layout = micro ? RFC3339_MICRO : RFC3339;
  const q = JSON.stringify;
  let rest = value;
  const numbers: number[] = [];
  for (const el of elements(micro)) {
    const n = el.take(rest);
    if (n < 0)
      return `parsing time ${q(value)} as ${q(layout)}: cannot parse ${q(rest)} as ${q(el.layout)}`;
    if (el.range) {
      const num = Number(rest.slice(0, 2));
      if (num < el.range[1] || num > el.range[2])
        return `parsing time ${q(value)}: ${el.range[0]} out of range`;
    }
    if (el.layout === '2006' || el.layout === '01' || el.layout === '02')
      numbers.push(Number(rest.slice(0, n)));
    rest = rest.slice(n);
  }
  if (rest !== '') return `parsing time ${q(value)}: extra text: ${q(rest)}`;
  const [year, month, day] = numbers;
  if (day > daysIn(month, year)) return `parsing time ${q(value)}: day out of range`;
  return undefined;
}

const BASE64 = /[A-Za-z0-9+/]/;

/** base64.StdEncoding's CorruptInputError for `value`, with the byte offset Go reports. */
export function base64Error(value: string): string | undefined {
  const at = (i: number) => `illegal base64 data at input byte ${i}`;
  let quantum = 0; // characters read in the current 4-character quantum
  let start = 0; // offset where the current quantum began
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\r' || c === '\n') continue;
    if (c === '=') {
      if (quantum < 2) return at(i);
      // Padding must complete the quantum and end the input (newlines aside).
      const tail = value.slice(i).replace(/[\r\n]/g, '');
      const need = 4 - quantum;
      if (tail.length < need || tail.slice(0, need) !== '='.repeat(need)) return at(i);
      if (tail.length > need) return at(i + need);
      return undefined;
    }
    if (!BASE64.test(c)) return at(i);
    if (quantum === 0) start = i;
    quantum = (quantum + 1) % 4;
  }
  return quantum === 0 ? undefined : at(start);
}
