// 05 InverseExplorer: the twin of InverseExplorer._frame in inverse.py.
function frame(values, c) {
  const z = values.z;
  const p = sigmoid(z);
  const back = logit(p);
  return {
    segment: { xs: [z, p], ys: [p, z] },
    on_sigmoid: { xs: [z], ys: [p] },
    on_logit: { xs: [p], ys: [z] },
    z: { text: shown(z) },
    p: { text: shown(p, 4) },
    logit: { text: shown(back, 4) },
  };
}
