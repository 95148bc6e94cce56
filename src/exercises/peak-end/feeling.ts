/**
 * A touchpoint's feeling score and how the course prints it: small on its own so that the live
 * phone page (/live/) can rate touchpoints without loading the designer's analysis.
 */
export const FEELING_MIN = -5;
export const FEELING_MAX = 5;

/** A true minus sign (−, U+2212) as the course prints scores, not the hyphen String() gives. */
export const signed = (value: number, text: string) => (value > 0 ? `+${text}` : text.replace('-', '−'));

export function formatFeeling(value: number): string {
  return signed(value, String(value));
}
