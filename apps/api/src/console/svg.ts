/**
 * Okabe & Ito's palette ("Color Universal Design"): hues that stay distinct under the common
 * colour-vision deficiencies. Allowed is blue and denied vermillion, and every cell also carries
 * a glyph, so no reader depends on colour alone.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** A standalone SVG 1.1 document with an arrow marker, a title and a readable default font. */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12" role="img">\n` +
    `<title>${escapeXml(title)}</title>\n` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" ` +
    `orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333333"/></marker></defs>\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n${body}\n</svg>\n`
  );
}
