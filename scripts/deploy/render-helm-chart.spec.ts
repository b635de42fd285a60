import { ChartRenderer, mergeValues, TemplateError } from './render-helm-chart';

const render = (template: string, values: unknown, helpers = '') =>
  new ChartRenderer({ 'templates/t.yaml': template, 'templates/_h.tpl': helpers }).render(
    'templates/t.yaml',
    { Values: values, Release: { Name: 'rel' }, Chart: { Name: 'chart' } },
  );

describe('the Helm template subset used by docker/helm', () => {
  it('trims whitespace on the side of a dash and drops comments', () => {
    expect(render('a:\n  {{- " b" }}\n{{/* gone */}}c {{ "d" -}}\n  e', {})).toBe('a: b\nc de');
  });

  it('takes the first true branch of if / else if / else, with Go truthiness', () => {
    const t = '{{ if .Values.a }}A{{ else if .Values.b }}B{{ else }}C{{ end }}';
    expect(render(t, { a: 1 })).toBe('A');
    expect(render(t, { a: 0, b: 'x' })).toBe('B');
    expect(render(t, { a: [], b: {} })).toBe('C');
  });

  it('rebinds the dot in with, and ranges over a map in sorted key order', () => {
    expect(render('{{ with .Values.m }}{{ .x }}{{ end }}', { m: { x: 'in' } })).toBe('in');
    expect(render('{{ with .Values.m }}no{{ end }}', { m: {} })).toBe('');
    const t = '{{- range $k, $v := .Values.env }}[{{ $k }}={{ $v | quote }}]{{ end }}';
    expect(render(t, { env: { Z: 1, A: 'two' } })).toBe('[A="two"][Z="1"]');
  });

  it('includes defined templates and pipes the value in as the last argument', () => {
    const helpers =
      '{{- define "name" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 7 | trimSuffix "-" }}{{- end -}}';
    expect(render('n: {{ include "name" . }}', {}, helpers)).toBe('n: rel-cha');
    expect(render('{{ .Values.tag | default "latest" }}', { tag: '' })).toBe('latest');
    expect(render('{{ printf "%s:%s" "img" (.Values.tag | default "1.0") }}', {})).toBe('img:1.0');
  });

  it('renders maps with toYaml | nindent, keys sorted as sigs.k8s.io/yaml does', () => {
    expect(render('r:{{- toYaml .Values.r | nindent 2 }}', { r: { b: 1, a: { c: 'x' } } })).toBe(
      'r:\n  a:\n    c: x\n  b: 1',
    );
  });

  it('prints missing values as nothing, as Helm does', () => {
    expect(render('v={{ .Values.missing.deeper }}', {})).toBe('v=');
  });

  it('fails on required values that are empty and on anything it does not know', () => {
    expect(() => render('{{ required "set it" .Values.x }}', { x: '' })).toThrow(/set it/);
    expect(() => render('{{ lookup "v1" "Secret" "" "" }}', {})).toThrow(TemplateError);
    expect(() => render('{{ if .Values.x }}open', {})).toThrow(/without "end"/);
  });

  it('merges values files as helm -f does', () => {
    expect(mergeValues({ a: { b: 1, c: 2 }, l: [1] }, { a: { c: 3, d: null }, l: [2] })).toEqual({
      a: { b: 1, c: 3 },
      l: [2],
    });
  });
});
