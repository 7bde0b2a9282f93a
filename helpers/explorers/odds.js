// 03 OddsExplorer: the twin of OddsExplorer._frame and odds_ratio in odds.py.
//
// odds_ratio works on the exact binary value of the odds, as Python's
// Fraction(odds).limit_denominator(n) does, so the integers here are BigInts.

// math.isclose(a, b, rel_tol=relTol, abs_tol=absTol) for finite a and b.
function oddsIsClose(a, b, relTol = 1e-9, absTol = 0) {
  return a === b || Math.abs(a - b) <= Math.max(relTol * Math.max(Math.abs(a), Math.abs(b)), absTol);
}

function oddsBitLength(n) {
  return n === 0n ? 0 : n.toString(2).length;
}

// The exact value of a positive finite double as a reduced fraction [numerator, denominator].
function oddsExactFraction(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  let mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  let exponent = (biased === 0 ? 1 : biased) - 1075;  // x = mantissa · 2^exponent
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent += 1;
  }
  return exponent >= 0 ? [mantissa << BigInt(exponent), 1n] : [mantissa, 1n << BigInt(-exponent)];
}

// Python's a / b for positive integers: the double nearest the exact quotient, ties to even,
// subnormal and infinite results included (Number(a) / Number(b) would round twice).
function oddsQuotient(a, b) {
  if (a === 0n) return 0;
  // q = floor(a · 2^shift / b) has 55 or 56 bits; `sticky` says whether anything was cut.
  const shift = 55 - (oddsBitLength(a) - oddsBitLength(b));
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  const q = num / den;
  const sticky = num % den !== 0n;
  // Keep 53 bits, fewer below the smallest normal: the last kept bit is worth 2^ulp.
  const top = oddsBitLength(q) - 1 - shift;  // a / b lies in [2^top, 2^(top + 1))
  const ulp = Math.max(top - 52, -1074);
  const dropped = BigInt(ulp + shift);
  let kept = q >> dropped;
  const rest = q - (kept << dropped);
  const half = 1n << (dropped - 1n);
  if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) kept += 1n;
  // A positive double's bits are (ulp + 1074) · 2^52 + kept, for normal and subnormal
  // values alike, a carry into the exponent included.
  const bits = (BigInt(ulp + 1074) << 52n) + kept;
  if (bits >= 0x7ff0000000000000n) return Infinity;
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

// Fraction(numerator, denominator).limit_denominator(most), as Python computes it.
function oddsLimitDenominator(numerator, denominator, most) {
  if (denominator <= most) return [numerator, denominator];
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let [n, d] = [numerator, denominator];
  for (;;) {
    const a = n / d;
    const q2 = q0 + a * q1;
    if (q2 > most) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    [n, d] = [d, n - a * d];
  }
  const k = (most - q0) / q1;
  // Both bounds are in lowest terms (neighbouring convergents). The nearer wins; a tie
  // goes to p1 / q1, as in Python.
  const [p2, q2] = [p0 + k * p1, q0 + k * q1];
  const distance = (p, q) => {
    const gap = p * denominator - numerator * q;
    return gap < 0n ? -gap : gap;  // times q · denominator
  };
  return distance(p1, q1) * q2 <= distance(p2, q2) * q1 ? [p1, q1] : [p2, q2];
}

// Whole numbers [a, b], the smaller at most `most`, with a / b close to `odds`.
function oddsSmallRatio(odds, most) {
  const [numerator, denominator] = oddsExactFraction(odds);
  if (odds >= 1) return oddsLimitDenominator(numerator, denominator, BigInt(most));
  const [n, d] = oddsLimitDenominator(denominator, numerator, BigInt(most));
  return [d, n];
}

// The twin of odds_ratio in odds.py: "3 : 1", "≈ 1 : 2".
function oddsRatio(p) {
  if (p <= 0) return "0 : 1";
  if (p >= 1) return "1 : 0";
  const o = odds(p);
  let [wins, losses] = oddsSmallRatio(o, 20);
  if (oddsIsClose(oddsQuotient(wins, losses), o)) return `${wins} : ${losses}`;
  [wins, losses] = oddsSmallRatio(o, 4);
  return `\u2248 ${wins} : ${losses}`;
}

function oddsGamesText(expected, wins, c) {
  const t = c.templates;
  const losses = c.games - wins;
  const won = fill(wins === 1 ? t.win : t.wins, { n: wins });
  const lost = fill(losses === 1 ? t.loss : t.losses, { n: losses });
  const exact = oddsIsClose(expected, wins, 1e-9, 1e-9);
  return fill(exact ? t.exact : t.about, { wins: won, losses: lost });
}

function frame(values, c) {
  const p = values.p;
  const expected = p * c.games;
  const wins = Math.floor(expected + 0.5);
  const { xs, ys } = c.seats;
  const half = c.bar_height / 2;
  return {
    p: { text: shown(p) },
    q: { text: shown(1 - p) },
    odds: { text: shown(odds(p)) },
    ratio: { text: oddsRatio(p) },
    wins: { xs: xs.slice(0, wins), ys: ys.slice(0, wins) },
    losses: { xs: xs.slice(wins), ys: ys.slice(wins) },
    games: { text: oddsGamesText(expected, wins, c) },
    win_part: { x: 0, y: -half, w: p, h: c.bar_height },
    loss_part: { x: p, y: -half, w: 1 - p, h: c.bar_height },
  };
}
