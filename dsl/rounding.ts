/**
 * The OER's rounding rule (Title 0, "Afrondingen"): "afronding naar de onmiddellijk lagere eenheid
 * tot aan 0,5; afronding naar de hogere eenheid vanaf en inclusief 0,5" — half up, to the unit unless
 * a provision says otherwise. Computed on decimal strings of the scaled value so that 29.5 (stored as
 * 29.499999…) still rounds to 30.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  // A whole number of up to 15 digits is its own rounding (the string round trip below keeps it):
  // the common case (credits, marks) without the conversion. `+ 0` turns -0 into 0 as below.
  if (decimals === 0 && Number.isInteger(value) && Math.abs(value) < 1e15) return value + 0;
  const sign = value < 0 ? -1 : 1;
  const scaled = Math.abs(value) * 10 ** decimals;
  // 15 significant digits drop binary noise (29.499999999999996 is 29.5) and keep every digit a
  // double holds exactly.
  const cleaned = Number(scaled.toPrecision(15));
  return (sign * Math.floor(cleaned + 0.5)) / 10 ** decimals;
}
