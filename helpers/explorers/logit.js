// 04 LogitExplorer: the twin of LogitExplorer._frame in logit.py.

// Linear up to the knee, then the rest (up to ∞) squeezed into one unit.
function logitOddsPosition(o, knee) {
  return o <= knee ? o : knee + 1 - knee / o;
}

// [x, marker]: pinned as an arrow at the end of the line if off the scale.
function logitLogOddsPosition(logOdds, end) {
  if (Math.abs(logOdds) <= end) return [logOdds, "o"];
  return logOdds > 0 ? [end, ">"] : [-end, "<"];
}

// The figure-fraction position of the data point (x, y) under an axes' affine.
function logitOnFigure(affine, x, y) {
  return [affine.x[0] + affine.x[1] * x, affine.y[0] + affine.y[1] * y];
}

function frame(values, c) {
  const p = values.p;
  const o = odds(p);
  const logOdds = logit(p);
  const positions = {
    p: [p, "o"],
    odds: [logitOddsPosition(o, c.knee), o === Infinity ? ">" : "o"],
    log_odds: logitLogOddsPosition(logOdds, c.end),
  };
  const joined = Object.entries(positions).map(([key, [x]]) => logitOnFigure(c.to_figure[key], x, 0));
  const result = { link: { xs: joined.map(([x]) => x), ys: joined.map(([, y]) => y) } };
  for (const [id, label] of Object.entries(c.labels)) result[id] = { text: label };
  for (const [key, [x, marker]] of Object.entries(positions)) {
    result[`${key}_point`] = { xs: [x], ys: [0], marker };
  }
  result.p = { text: shown(p) };
  result.odds = { text: shown(o) };
  result.log_odds = { text: shown(logOdds) };
  return result;
}
