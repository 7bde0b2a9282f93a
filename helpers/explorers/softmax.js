// 07 SoftmaxExplorer: the twin of SoftmaxExplorer._frame in softmax.py.

// softmax(z * scale) as helpers.numerics.softmax computes it: shift by the term that
// is largest after scaling (the max of z for scale > 0, the min for scale < 0), so
// every exponent is <= 0 even at T = 0.01, where |z * scale| reaches 1400.
function softmaxScaled(z, scale) {
  const top = scale > 0 ? Math.max(...z) : Math.min(...z);
  const e = z.map((v) => Math.exp((v - top) * scale));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

// log softmax(w) as helpers.numerics.log_softmax computes it: the largest term
// (the first of equals) kept out of the sum, then log1p of the rest.
function softmaxLogProbs(w) {
  const top = argmax(w);
  const shifted = w.map((v) => v - w[top]);
  const rest = shifted.reduce((s, v, i) => s + (i === top ? 0 : Math.exp(v)), 0);
  const total = Math.log1p(rest);
  return shifted.map((v) => v - total);
}

// −Σ p log₂ p, summed in class order as entropy_bits in softmax.py.
function softmaxEntropyBits(probs, logProbs) {
  let total = 0;
  probs.forEach((p, i) => { total += p * logProbs[i]; });
  return -total / Math.log(2);
}

function frame(values, c) {
  const z = [];
  for (let i = 0; `z${i}` in values; i += 1) z.push(values[`z${i}`]);
  const scale = Math.log(values.base) / values.T;  // softmax(z, T, b) is softmax(z * scale)
  const probs = softmaxScaled(z, scale);
  const bits = softmaxEntropyBits(probs, softmaxLogProbs(z.map((v) => v * scale)));
  const hot = argmax(probs);
  const half = c.bar_width / 2;
  const out = {};
  probs.forEach((p, i) => {
    out[`prob${i}`] = { x: i - half, y: 0, w: c.bar_width, h: p };
    out[`prob_label${i}`] = { text: shown(p, 3), x: i, y: p + c.label_pad };
    out[`onehot${i}`] = { x: i - half, y: 0, w: c.bar_width, h: i === hot ? 1 : 0 };
  });
  out.entropy = { text: fill(c.bits, { value: shown(bits) }) };
  out.temperature_e = { text: significant(1 / scale) };
  return out;
}
