import QRCode from 'qrcode';

/** A QR code for `url` as an SVG string, made at build time (no script, no request when printed). */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  // The code is an image with a text alternative; the SVG's own size gives way to CSS.
  return svg.replace('<svg ', `<svg role="img" aria-label="QR code for ${url}" focusable="false" `);
}
