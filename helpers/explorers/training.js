// 08 TrainingExplorer: the twin of TrainingExplorer._frame in training.py.

// x·W[0] + y·W[1] + b, added in that order as linear_scores in training.py.
function trainingScores(x, y, W, b) {
  return b.map((bias, k) => x * W[0][k] + y * W[1][k] + bias);
}

// Each cell's predicted class (the first of equal scores) and its opacity, row by row
// from the bottom, as decision_cells in training.py.
function trainingCells(W, b, c) {
  const width = (c.extent - -c.extent) / c.cells;
  const classes = b.length;
  const color = [], alpha = [];
  for (let row = 0; row < c.cells; row += 1) {
    const y = -c.extent + (row + 0.5) * width;
    for (let column = 0; column < c.cells; column += 1) {
      const x = -c.extent + (column + 0.5) * width;
      const scores = trainingScores(x, y, W, b);
      const predicted = argmax(scores);
      const top = softmax(scores)[predicted];
      color.push(predicted);
      alpha.push(c.alpha_max * Math.max(0, top - 1 / classes) / (1 - 1 / classes));
    }
  }
  return { color, alpha };
}

function frame(values, c) {
  const r = c.rates.indexOf(values.rate);
  const step = values.step;
  const kept = c.checkpoints.indexOf(step);
  const W = c.weights[r][kept], b = c.biases[r][kept];
  const losses = c.losses[r];
  const x = values.x0, y = values.x1;
  const out = { regions: trainingCells(W, b, c) };
  c.penguins.forEach((penguins, i) => { out[`penguins${i}`] = { xs: penguins.xs, ys: penguins.ys }; });
  out.point = { xs: [x], ys: [y] };
  out.loss_curve = { xs: losses.slice(0, step + 1).map((_, s) => s), ys: losses.slice(0, step + 1) };
  out.loss_now = { xs: [step], ys: [losses[step]] };
  out.step = { text: String(step) };
  out.rate = { text: c.rate_labels[r] };
  out.loss = { text: shown(losses[step], 3) };
  softmax(trainingScores(x, y, W, b)).forEach((p, i) => { out[`prob${i}`] = { text: shown(p, 3) }; });
  return out;
}
