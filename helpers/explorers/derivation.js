// 06 DerivationExplorer: the twin of DerivationExplorer._frame in derivation.py.

const DERIVATION_SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

// A whole number in subscript digits: 3 -> ₃.
function derivationSubscript(n) {
  return String(n).replace(/[0-9]/g, (d) => DERIVATION_SUBSCRIPTS[Number(d)]);
}

// Class i's bar from 0 to `height` (downwards when negative).
function derivationBar(i, height, c) {
  return { x: i - c.half, y: 0, w: c.width, h: height };
}

// The grey band behind class `ref`, spanning the axes in y.
function derivationBand(ref) {
  return { x: ref - 0.5, y: 0, w: 1, h: 1 };
}

function frame(values, c) {
  const r = [];
  for (let j = 0; `r${j}` in values; j += 1) r.push(values[`r${j}`]);
  const k = r.length + 1;
  const ref = values.ref - 1;
  const others = [...Array(k).keys()].filter((i) => i !== ref);
  const fromReference = softmax([...r, 0]);  // the reference last
  const probs = new Array(k);
  const scores = new Array(k).fill(0);
  others.forEach((i, j) => {
    probs[i] = fromReference[j];
    scores[i] = r[j];
  });
  probs[ref] = fromReference[k - 1];
  const shift = values.shift;
  const shifted = softmax(scores.map((s) => s + shift));
  const difference = Math.max(...shifted.map((p, i) => Math.abs(p - probs[i])));
  const out = { scores_band: derivationBand(ref) };
  for (let i = 0; i < k; i += 1) {
    out[`score${i}`] = derivationBar(i, scores[i], c);
    out[`shifted${i}`] = derivationBar(i, scores[i] + shift, c);
  }
  out.reference = { text: c.reference, x: ref };
  others.forEach((i, j) => {
    out[`name${j}`] = { text: fill(c.name, { j: derivationSubscript(j + 1) }), x: i };
    out[`ratio${j}`] = {
      text: fill(c.ratio, { i: derivationSubscript(i + 1), ref: derivationSubscript(ref + 1) }),
      x: i,
    };
  });
  out.probs_band = derivationBand(ref);
  for (let i = 0; i < k; i += 1) out[`prob${i}`] = derivationBar(i, probs[i], c);
  out.check = { xs: [...Array(k).keys()], ys: shifted };
  for (let i = 0; i < k; i += 1) {
    out[`prob_label${i}`] = { text: shown(probs[i], 3), x: i, y: probs[i] + c.pad };
  }
  out.p_ref = { text: fill(c.p_ref, { k: derivationSubscript(ref + 1), p: shown(probs[ref], 3) }) };
  out.difference = { text: shown(difference, 6) };
  return out;
}
