import type { CellChange, Matrix } from '../types';

export interface CellRef {
  from: string;
  to: string;
}

/**
 * The heat map as a table of buttons (row = source, column = destination): blue ✓ allowed,
 * vermillion ✗ denied (Okabe–Ito colours, and a glyph besides), counts of allowed cells per row
 * and column, and the cells a dry run would change outlined and marked.
 */
export function MatrixView(props: {
  matrix: Matrix;
  selected?: CellRef;
  changes?: CellChange[];
  onSelect: (cell: CellRef) => void;
}) {
  const { matrix } = props;
  const changed = new Map((props.changes ?? []).map((c) => [`${c.from}→${c.to}`, c]));
  const rowCounts = matrix.allowed.map((row) => row.filter(Boolean).length);
  const columnCounts = matrix.pods.map((_, c) => matrix.allowed.filter((row) => row[c]).length);
  return (
    <div className="matrix-scroll">
      <table className="matrix">
        <caption className="sr-only">
          Reachability: row is the source Pod, column the destination Pod
        </caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              from ↓ to →
            </th>
            {matrix.pods.map((pod) => (
              <th key={pod} scope="col" className="column-head">
                <span>{pod}</span>
              </th>
            ))}
            <th scope="col">allowed</th>
          </tr>
        </thead>
        <tbody>
          {matrix.pods.map((from, r) => (
            <tr key={from}>
              <th scope="row">{from}</th>
              {matrix.pods.map((to, c) => {
                const allowed = matrix.allowed[r][c];
                const change = changed.get(`${from}→${to}`);
                const isSelected = props.selected?.from === from && props.selected?.to === to;
                const verdict = allowed ? 'allowed' : 'denied';
                const future = change
                  ? `, would become ${change.after ? 'allowed' : 'denied'}`
                  : '';
                return (
                  <td key={to}>
                    <button
                      type="button"
                      data-testid="matrix-cell"
                      data-from={from}
                      data-to={to}
                      data-allowed={String(allowed)}
                      data-changed={change ? 'true' : undefined}
                      className={`cell ${verdict}${change ? ' changed' : ''}${isSelected ? ' selected' : ''}`}
                      aria-pressed={isSelected}
                      aria-label={`${from} to ${to}: ${verdict}${future}`}
                      title={`${from} → ${to}: ${verdict}${future}`}
                      onClick={() => props.onSelect({ from, to })}
                    >
                      {allowed ? '✓' : '✗'}
                      {change && <span className="arrow">{change.after ? '→✓' : '→✗'}</span>}
                    </button>
                  </td>
                );
              })}
              <td className="count" data-testid="row-count">
                {rowCounts[r]}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">allowed</th>
            {columnCounts.map((n, c) => (
              <td key={c} className="count" data-testid="column-count">
                {n}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="legend">
        <span className="swatch allowed">✓</span> allowed <span className="swatch denied">✗</span>{' '}
        denied
        {!matrix.enforced && (
          <>
            {' '}
            — {matrix.networkPlugin} does not enforce NetworkPolicy: every connection passes, cells
            show what the policies would say.
          </>
        )}
      </p>
    </div>
  );
}
