/**
 * Exact decimal text <-> integer minor units (cents, hundredths of an hour), without binary
 * floating point: "1 234,50" with scale 2 -> 123450. Accepts a comma or a point as the separator.
 */
export function parseDecimal(text: string, scale: number): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return Number.NaN;
  const [, sign = '', whole = '0', fraction = ''] = match;
  if (fraction.length > scale) return Number.NaN;
  const units = Number(whole) * 10 ** scale + Number(fraction.padEnd(scale, '0') || '0');
  return sign === '-' ? -units : units;
}

export function formatDecimal(units: number | null | undefined, scale: number, lang: 'lv' | 'en'): string {
  if (units === null || units === undefined) return '';
  const negative = units < 0;
  const abs = Math.abs(units);
  const whole = Math.floor(abs / 10 ** scale);
  const fraction = String(abs % 10 ** scale).padStart(scale, '0');
  const separator = lang === 'lv' ? ',' : '.';
  return `${negative ? '-' : ''}${whole}${scale > 0 ? separator + fraction : ''}`;
}
