import type { ClusterMatrix } from '@app/netsim';
import { escapeXml, PALETTE, svgDocument } from './svg';

const CELL = 22;
const CHAR_WIDTH = 6.6;

/** Per row (source) and column (destination): how many cells are allowed. */
export function matrixCounts(matrix: Pick<ClusterMatrix, 'allowed'>): {
  rows: number[];
  columns: number[];
} {
  const size = matrix.allowed.length;
  const rows = matrix.allowed.map((row) => row.filter(Boolean).length);
  const columns = Array.from({ length: size }, (_, c) =>
    matrix.allowed.reduce((n, row) => n + (row[c] ? 1 : 0), 0),
  );
  return { rows, columns };
}

/**
 * The reachability matrix as a heat map: rows are sources, columns destinations, a blue ✓ cell
 * where the connection is allowed and a vermillion ✗ where it is denied, with the allowed count
 * at the end of every row and column. Each cell is a `<rect data-testid="matrix-cell">` with
 * data-from, data-to and data-allowed, so a test (or a lab) can read it back.
 */
export function matrixSvg(matrix: ClusterMatrix, caption: string): string {
  const labelWidth = Math.ceil(Math.max(12, ...matrix.pods.map((p) => p.length)) * CHAR_WIDTH) + 16;
  // Column labels are turned 60°: they rise by sin 60° of their length.
  const top = Math.ceil(labelWidth * 0.87) + 8;
  const left = labelWidth;
  const size = matrix.pods.length;
  const { rows, columns } = matrixCounts(matrix);
  const parts: string[] = [];
  matrix.pods.forEach((pod, i) => {
    const y = top + i * CELL + CELL / 2 + 4;
    parts.push(`<text x="${left - 6}" y="${y}" text-anchor="end">${escapeXml(pod)}</text>`);
    const x = left + i * CELL + CELL / 2 + 4;
    parts.push(
      `<text x="${x}" y="${top - 6}" transform="rotate(-60 ${x} ${top - 6})">${escapeXml(pod)}</text>`,
    );
  });
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const allowed = matrix.allowed[r][c];
      const x = left + c * CELL;
      const y = top + r * CELL;
      parts.push(
        `<g><rect data-testid="matrix-cell" data-from="${escapeXml(matrix.pods[r])}" ` +
          `data-to="${escapeXml(matrix.pods[c])}" data-allowed="${allowed}" x="${x}" y="${y}" ` +
          `width="${CELL}" height="${CELL}" fill="${allowed ? PALETTE.blue : PALETTE.vermillion}" ` +
          `stroke="#ffffff"><title>${escapeXml(
            `${matrix.pods[r]} → ${matrix.pods[c]}: ${allowed ? 'allowed' : 'denied'}`,
          )}</title></rect>` +
          `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="#ffffff" ` +
          `font-weight="bold">${allowed ? '✓' : '✗'}</text></g>`,
      );
    }
    parts.push(
      `<text x="${left + size * CELL + 6}" y="${top + r * CELL + CELL / 2 + 4}" ` +
        `data-testid="row-count">${rows[r]}</text>`,
    );
  }
  columns.forEach((count, c) =>
    parts.push(
      `<text x="${left + c * CELL + CELL / 2}" y="${top + size * CELL + 16}" text-anchor="middle" ` +
        `data-testid="column-count">${count}</text>`,
    ),
  );
  const legendY = top + size * CELL + 40;
  parts.push(
    `<rect x="16" y="${legendY - 11}" width="14" height="14" fill="${PALETTE.blue}"/>` +
      `<text x="36" y="${legendY}">✓ allowed</text>` +
      `<rect x="120" y="${legendY - 11}" width="14" height="14" fill="${PALETTE.vermillion}"/>` +
      `<text x="140" y="${legendY}">✗ denied</text>` +
      `<text x="16" y="${legendY + 20}">${escapeXml(caption)}</text>` +
      (matrix.enforced
        ? ''
        : `<text x="16" y="${legendY + 38}">${escapeXml(
            `${matrix.networkPlugin} does not enforce NetworkPolicy: every connection passes; cells show what policies would say.`,
          )}</text>`),
  );
  const width = Math.max(left + size * CELL + 48, Math.ceil(caption.length * CHAR_WIDTH) + 32);
  return svgDocument(width, legendY + 48, caption, parts.join('\n'));
}
