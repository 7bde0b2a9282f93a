// 07 SimplexExplorer: the twin of SimplexExplorer._frame in simplex.py.

// softmax(z / T) as helpers.numerics.softmax computes it (softmaxScaled in softmax.js):
// shift by the max, so every exponent is <= 0 even at T = 0.01.
function simplexSoftmax(z, temperature) {
  const scale = 1 / temperature;
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp((v - top) * scale));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

// (x, y) of the probabilities (P1, P2, P3): class 1 at the top, 2 bottom left, 3 bottom right.
function simplexToTriangle(p, height) {
  return [0.5 * p[0] + p[2], height * p[0]];
}

// The readout of the shifted scores: (2.00, 1.00, 0.10).
function simplexShiftedText(shifted) {
  return `(${shifted.map((v) => shown(v)).join(", ")})`;
}

function frame(values, c) {
  const shifted = [0, 1, 2].map((i) => values[`z${i}`] + values.shift);
  const probs = simplexSoftmax(shifted, values.T);
  const path = c.temperatures.map((t) => simplexToTriangle(simplexSoftmax(shifted, t), c.height));
  const [x, y] = simplexToTriangle(probs, c.height);
  const out = {
    path: { xs: path.map(([px]) => px), ys: path.map(([, py]) => py) },
    point: { xs: [x], ys: [y] },
  };
  probs.forEach((p, i) => { out[`p${i}`] = { text: shown(p, 3) }; });
  out.shifted = { text: simplexShiftedText(shifted) };
  return out;
}
