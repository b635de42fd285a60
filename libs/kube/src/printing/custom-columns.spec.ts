import { customColumnsPrinter, findResults, parseColumnPath } from './custom-columns';

// The columns upstream's Gateway CRD declares (gateway-api config/crd/standard/gateway.networking.k8s.io_gateways.yaml).
const gatewayColumns = customColumnsPrinter([
  { name: 'Class', type: 'string', jsonPath: '.spec.gatewayClassName' },
  { name: 'Address', type: 'string', jsonPath: '.status.addresses[*].value' },
  {
    name: 'Programmed',
    type: 'string',
    jsonPath: '.status.conditions[?(@.type=="Programmed")].status',
  },
  { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
]);
const now = new Date('2026-01-01T00:10:00Z');

describe('customColumnsPrinter (CRD additionalPrinterColumns)', () => {
  it('puts NAME first and describes columns by their path unless told otherwise', () => {
    expect(gatewayColumns.columns.map((c) => [c.name, c.type, c.format])).toEqual([
      ['Name', 'string', 'name'],
      ['Class', 'string', ''],
      ['Address', 'string', ''],
      ['Programmed', 'string', ''],
      ['Age', 'date', ''],
    ]);
    expect(gatewayColumns.columns[1].description).toBe(
      'Custom resource definition column (in JSONPath format): .spec.gatewayClassName',
    );
  });

  it('takes the first match, filters by condition type, ages dates, and leaves null where nothing matches', () => {
    const gw = {
      metadata: { name: 'web', creationTimestamp: '2026-01-01T00:05:00Z' },
      spec: { gatewayClassName: 'eg' },
      status: {
        addresses: [{ value: '203.0.113.10' }, { value: '203.0.113.11' }],
        conditions: [
          { type: 'Accepted', status: 'True' },
          { type: 'Programmed', status: 'False' },
        ],
      },
    };
    expect(gatewayColumns.row(gw, now).cells).toEqual(['web', 'eg', '203.0.113.10', 'False', '5m']);
    expect(gatewayColumns.row({ metadata: { name: 'bare' } }, now).cells).toEqual([
      'bare',
      null,
      null,
      null,
      null,
    ]);
  });

  it('prints non-string values of a string column as JSON, and keeps typed columns typed', () => {
    const p = customColumnsPrinter([
      { name: 'Hostnames', type: 'string', jsonPath: '.spec.hostnames' },
      { name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' },
      { name: 'Ready', type: 'boolean', jsonPath: '.spec.replicas' },
    ]);
    expect(
      p.row(
        {
          metadata: { name: 'r' },
          spec: { hostnames: ['a.example', 'b.example'], replicas: 3 },
        } as never,
        now,
      ).cells,
    ).toEqual(['r', '["a.example","b.example"]', 3, null]);
  });

  it('refuses paths outside the simple subset, and does not read prototype members', () => {
    expect(() => parseColumnPath('.spec..x')).toThrow('unrecognized column definition');
    expect(() => parseColumnPath('.a[?(@.x > 1)]')).toThrow('unrecognized column definition');
    expect(findResults({}, parseColumnPath('.constructor'))).toEqual([]);
    expect(findResults({ a: [1, 2, 3] }, parseColumnPath('.a[-1]'))).toEqual([3]);
    expect(findResults({ 'a.b': 1 }, parseColumnPath("['a.b']"))).toEqual([1]);
  });
});
