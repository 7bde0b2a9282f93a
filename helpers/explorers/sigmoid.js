// 02 SigmoidExplorer: the twin of SigmoidExplorer._frame in sigmoid.py.
function frame(values, c) {
  const z = values.z;
  const p = sigmoid(z);
  const slope = p * (1 - p);
  const half = c.half;
  return {
    tangent: { xs: [z - half, z + half], ys: [p - slope * half, p + slope * half] },
    drop: { xs: [z, z], ys: [0, p] },
    point: { xs: [z], ys: [p] },
    z: { text: shown(z) },
    p: { text: shown(p, 3) },
    slope: { text: shown(slope, 3) },
    prediction: { text: p >= 0.5 ? c.c1 : c.c2 },
  };
}
