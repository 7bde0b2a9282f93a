// 01 ScoresExplorer: the twin of ScoresExplorer._frame in scores.py.

// "sum = 1.00", or "sum = 2.14  ≠ 1" when the sum does not show as 1.00.
function scoresSumReadout(values, c) {
  const total = shown(values.reduce((s, v) => s + v, 0));
  return fill(total === "1.00" ? c.sum : c.sum_not_one, { total });
}

function frame(values, c) {
  const z = [];
  for (let i = 0; `z${i}` in values; i++) z.push(values[`z${i}`]);
  const heights = { raw: z, sigmoid: z.map(sigmoid), softmax: softmax(z) };
  const out = {};
  for (const { key, pad } of c.panels) {
    heights[key].forEach((height, i) => {
      const above = height >= 0;
      out[`${key}${i}`] = { x: i - c.half, y: 0, w: c.width, h: height };
      out[`${key}_label${i}`] = { text: shown(height), x: i, y: above ? height + pad : height - pad,
                                  va: above ? "bottom" : "top" };
    });
  }
  for (const key of c.summed) out[`${key}_sum`] = { text: scoresSumReadout(heights[key], c) };
  return out;
}
