// The front end every explorer shares: number formatting, the numerics the
// frames need, and a renderer that draws the moving marks over the static SVG.
//
// This file is plain script, not a module: the Python side joins it with one
// explorer's file (which defines `frame(values, constants)`) and an export line,
// and the tests load the same text in Node. Every function here has a Python
// twin (helpers.formatting, helpers.numerics), and tests hold the two equal.

const MINUS = "\u2212";
const SVG_NS = "http://www.w3.org/2000/svg";

// --- formatting: the same strings as helpers.formatting -------------------------------

// Fixed digits from the exact binary value, exact ties to even (as Python does;
// toFixed sends ties away from zero).
function fixedDigits(magnitude, digits) {
  const rounded = magnitude.toFixed(digits);
  const extra = Math.min(100, digits + 30);
  const exact = magnitude.toFixed(extra);
  const point = exact.indexOf(".");
  const kept = point < 0 ? exact : exact.slice(0, point + 1 + digits);
  const tail = point < 0 ? "" : exact.slice(point + 1 + digits);
  if (/^50*$/.test(tail)) {
    const last = kept.replace(".", "").slice(-1);
    if (Number(last) % 2 === 0) return kept.endsWith(".") ? kept.slice(0, -1) : kept;
  }
  return rounded;
}

function shown(x, digits = 2) {
  if (Number.isNaN(x)) throw new Error("shown: the value is nan");
  if (!Number.isFinite(x)) return x > 0 ? "\u221e" : MINUS + "\u221e";
  const text = fixedDigits(Math.abs(x), digits);
  const negative = x < 0 && /[1-9]/.test(text);
  return (negative ? MINUS : "") + text;
}

const POWERS = [1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2];

function significant(x) {
  if (!Number.isFinite(x) || Math.abs(x) < POWERS[0]) return shown(x, 2);
  const magnitude = Math.abs(x);
  const exponent = POWERS.filter((p) => magnitude >= p).length - 6;
  const digits = Math.max(0, 2 - exponent);
  let text = shown(x, digits);
  if (digits && Math.abs(Number(text.replace(MINUS, "-"))) >= POWERS[exponent + 6]) {
    text = shown(x, digits - 1);
  }
  return text;
}

// A message template with {name} fields, as str.format fills it.
function fill(template, fields) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(fields[key]));
}

// --- numerics: the same formulas as helpers.numerics ---------------------------------

function sigmoid(z) {  // as helpers.numerics.sigmoid, with the rounding of 1 + e corrected
  const e = Math.exp(-Math.abs(z));
  const d = 1 + e;
  const low = (1 - d) + e;
  const inv = 1 / d;
  return z >= 0 ? inv - low * inv * inv : e * inv - e * low * inv * inv;
}

function logit(p) {
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.25 && p < 0.75) {  // as helpers.numerics.logit: accurate near p = 1/2
    return p >= 0.5 ? Math.log1p((2 * p - 1) / (1 - p)) : -Math.log1p((1 - 2 * p) / p);
  }
  return Math.log(p / (1 - p));
}

function odds(p) {
  return p === 1 ? Infinity : p / (1 - p);
}

function logSoftmax(z) {
  const top = Math.max(...z);
  const shifted = z.map((v) => v - top);
  const total = Math.log(shifted.reduce((s, v) => s + Math.exp(v), 0));
  return shifted.map((v) => v - total);
}

function softmax(z) {
  return logSoftmax(z).map(Math.exp);
}

function argmax(values) {
  let best = 0;
  values.forEach((v, i) => { if (v > values[best]) best = i; });
  return best;  // ties go to the first, as numpy.argmax
}

// --- control values -------------------------------------------------------------------

// A slider value on its step, as helpers.explorers.core.snap computes it.
function snap(value, control) {
  if (control.kind === "index") return control.options[value];
  return snapLinear(value, control);
}

function snapLinear(value, control) {
  const clipped = Math.min(control.max, Math.max(control.min, value));
  const steps = Math.floor((clipped - control.min) / control.step + 0.5);
  return Number((control.min + steps * control.step).toFixed(10));
}

// --- drawing --------------------------------------------------------------------------

const DASHES = { "-": null, "--": [3.7, 1.6], "-.": [6.4, 1.6, 1.0, 1.6], ":": [1.0, 1.65] };

// Marker outlines around (0, 0) for a marker of matplotlib's `size` (points), y pointing down.
function markerPath(shape, size) {
  const r = size / 2;
  switch (shape) {
    case "s": return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "D": return `M0,${-r * 1.414}L${r * 1.414},0L0,${r * 1.414}L${-r * 1.414},0Z`;
    case "^": return `M0,${-r}L${r},${r}L${-r},${r}Z`;
    case ">": return `M${r},0L${-r},${-r}L${-r},${r}Z`;
    case "<": return `M${-r},0L${r},${-r}L${r},${r}Z`;
    case "X": {
      const a = r * 0.9, b = r * 0.3;
      return `M${-a},${-a + b}L${-b},0L${-a},${a - b}L${-a + b},${a}L0,${b}L${a - b},${a}`
        + `L${a},${a - b}L${b},0L${a},${-a + b}L${a - b},${-a}L0,${-b}L${-a + b},${-a}Z`;
    }
    default: return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
}

// Data (or axes-fraction, or figure-fraction) coordinates to SVG user units.
function toSvg(layout, axesName, coords, x, y) {
  if (axesName === "figure") return [x * layout.width_pt, (1 - y) * layout.height_pt];
  const ax = layout.axes[axesName];
  const [left, top, right, bottom] = ax.box;
  if (coords === "axes") return [left + (right - left) * x, bottom + (top - bottom) * y];
  const sx = ax.x[0] + ax.x[1] * x;  // "data" and "xaxis": x in data
  const sy = coords === "xaxis" ? bottom + (top - bottom) * y : ax.y[0] + ax.y[1] * y;
  return [sx, sy];
}

function svgElement(tag, attributes = {}) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

function strokeAttributes(style) {
  const width = style.width ?? 1;
  const attributes = { stroke: style.edge ?? style.color, "stroke-width": width,
                       fill: "none" };
  const dash = DASHES[style.dash ?? "-"];
  if (dash) attributes["stroke-dasharray"] = dash.map((d) => d * width).join(",");
  return attributes;
}

// One hatch pattern per hatch string, in the spirit of matplotlib's.
function hatchPattern(defs, id, hatch) {
  const spacing = hatch.length > 1 ? 5 : 8;
  const pattern = svgElement("pattern", { id, width: spacing, height: spacing,
                                          patternUnits: "userSpaceOnUse" });
  const s = spacing;
  const shapes = {
    "/": [`M0,${s}L${s},0M${-s / 2},${s / 2}L${s / 2},${-s / 2}M${s / 2},${1.5 * s}L${1.5 * s},${s / 2}`],
    "\\": [`M0,0L${s},${s}M${-s / 2},${s / 2}L${s / 2},${1.5 * s}M${s / 2},${-s / 2}L${1.5 * s},${s / 2}`],
    "x": [`M0,${s}L${s},0M0,0L${s},${s}`],
    "+": [`M${s / 2},0V${s}M0,${s / 2}H${s}`],
    "-": [`M0,${s / 2}H${s}`],
    "|": [`M${s / 2},0V${s}`],
  };
  const kind = hatch[0];
  if (kind === "." || kind === "o") {
    pattern.appendChild(svgElement("circle", { cx: s / 2, cy: s / 2, r: kind === "." ? 0.9 : 1.6,
                                               fill: kind === "." ? "black" : "none",
                                               stroke: "black", "stroke-width": 0.7 }));
  } else {
    for (const d of shapes[kind] ?? []) {
      pattern.appendChild(svgElement("path", { d, stroke: "black", "stroke-width": 0.8 }));
    }
  }
  defs.appendChild(pattern);
}

const ANCHOR = { left: "start", center: "middle", right: "end" };
const BASELINE = { baseline: "auto", bottom: "text-after-edge", top: "text-before-edge",
                   center: "central", center_baseline: "central" };

function createMark(id, style, overlay, hatchId, fontFamily) {
  let el;
  if (style.kind === "cells") {
    el = svgElement("g", { "shape-rendering": "crispEdges" });
    const [rows, columns] = style.shape;
    for (let k = 0; k < rows * columns; k += 1) el.appendChild(svgElement("rect"));
  } else if (style.kind === "line") {
    el = svgElement("polyline", strokeAttributes(style));
  } else if (style.kind === "points") {
    el = svgElement("g", { fill: style.color, stroke: style.edge ?? "none",
                           "stroke-width": style.edgewidth ?? 0 });
  } else if (style.kind === "rect") {
    el = svgElement("g");
    const fill = style.fill === false ? "none" : style.color;
    const body = svgElement("rect", { fill, "fill-opacity": style.alpha ?? 1 });
    el.appendChild(body);
    if (style.hatch) el.appendChild(svgElement("rect", { fill: `url(#${hatchId(style.hatch)})` }));
    if (style.edge) el.appendChild(svgElement("rect", strokeAttributes(style)));
  } else {
    el = svgElement("text", {
      "font-size": style.size, fill: style.color ?? "black",
      "font-weight": style.weight ?? "normal", "text-anchor": ANCHOR[style.ha ?? "left"],
      "font-family": fontFamily,
    });
    if (style.mask) {
      el.setAttribute("paint-order", "stroke");
      el.setAttribute("stroke", "white");
      el.setAttribute("stroke-width", 4);
    }
  }
  el.setAttribute("data-mark", id);
  el.setAttribute("data-kind", style.kind);
  el.classList.add("s2p-mark");
  overlay.appendChild(el);
  return el;
}

function updateMark(el, style, geometry, layout) {
  el.style.display = geometry ? "" : "none";
  if (!geometry) return;
  const where = (x, y, coords) => toSvg(layout, style.axes, coords ?? style.coords, x, y);
  if (style.kind === "cells") {
    const [rows, columns] = style.shape;
    const [x0, x1, y0, y1] = style.extent;
    const w = (x1 - x0) / columns, h = (y1 - y0) / rows;
    el.childNodes.forEach((rect, k) => {
      if (!rect.hasAttribute("width")) {  // the grid never moves: place it once
        const [ax, ay] = where(x0 + (k % columns) * w, y0 + Math.floor(k / columns) * h);
        const [bx, by] = where(x0 + (k % columns + 1) * w, y0 + (Math.floor(k / columns) + 1) * h);
        rect.setAttribute("x", Math.min(ax, bx).toFixed(3));
        rect.setAttribute("y", Math.min(ay, by).toFixed(3));
        rect.setAttribute("width", Math.abs(bx - ax).toFixed(3));
        rect.setAttribute("height", Math.abs(by - ay).toFixed(3));
      }
      rect.setAttribute("fill", style.colors[geometry.color[k]]);
      rect.setAttribute("fill-opacity", geometry.alpha[k].toFixed(4));
    });
  } else if (style.kind === "line") {
    const points = geometry.xs.map((x, i) => where(x, geometry.ys[i]));
    el.setAttribute("points", points.map(([a, b]) => `${a.toFixed(3)},${b.toFixed(3)}`).join(" "));
  } else if (style.kind === "points") {
    const d = markerPath(geometry.marker ?? style.marker, style.size);
    while (el.childNodes.length > geometry.xs.length) el.lastChild.remove();
    while (el.childNodes.length < geometry.xs.length) el.appendChild(svgElement("path"));
    geometry.xs.forEach((x, i) => {
      const [sx, sy] = where(x, geometry.ys[i]);
      const path = el.childNodes[i];
      path.setAttribute("d", d);
      path.setAttribute("transform", `translate(${sx.toFixed(3)},${sy.toFixed(3)})`);
      path.setAttribute("data-x", sx.toFixed(3));
      path.setAttribute("data-y", sy.toFixed(3));
    });
  } else if (style.kind === "rect") {
    const [x0, y0] = where(geometry.x, geometry.y);
    const [x1, y1] = where(geometry.x + geometry.w, geometry.y + geometry.h);
    const box = { x: Math.min(x0, x1), y: Math.min(y0, y1),
                  width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
    for (const rect of el.childNodes) {
      for (const [key, value] of Object.entries(box)) rect.setAttribute(key, value.toFixed(3));
    }
  } else {
    const [sx, sy] = where(geometry.x ?? style.x, geometry.y ?? style.y);
    el.setAttribute("x", sx.toFixed(3));
    el.setAttribute("y", sy.toFixed(3));
    el.setAttribute("dominant-baseline", BASELINE[geometry.va ?? style.va ?? "baseline"]);
    if (el.textContent !== geometry.text) el.textContent = geometry.text;
  }
}

// The fonts of the readouts. An explorer with Hangul brings its own font (most machines
// have none): it is declared once per document and used first in the picture, as in the
// kernel's snapshot. Its controls get it too, through a class on the explorer's box, but
// only once it has loaded: text laid out while a font is pending keeps its fallback boxes.
function fontStack(el, font, name) {
  const usual = "DejaVu Sans, Bitstream Vera Sans, Arial";
  if (!font) return `${usual}, sans-serif`;
  const doc = el.ownerDocument;
  if (!doc.getElementById(font.id)) {
    const style = doc.createElement("style");
    style.id = font.id;
    style.textContent = `@font-face { font-family: "${font.family}"; `
      + `src: url(data:font/woff;base64,${font.woff}) format("woff"); }\n`
      + `.${font.id}, .${font.id} :is(label, button, select, input, .widget-label, `
      + `.widget-readout) { font-family: "${font.family}", system-ui, -apple-system, `
      + `blinkmacsystemfont, "Segoe UI", helvetica, arial, sans-serif; }`;  // first, as in
      // the picture: Chromium may look no further than system-ui for a glyph it lacks
    doc.head.appendChild(style);
  }
  doc.fonts.load(`12px "${font.family}"`).then(() => {
    const mark = (tries) => {
      const box = el.closest(`.s2p-${name}`);
      if (box) box.classList.add(font.id);
      else if (tries > 0) requestAnimationFrame(() => mark(tries - 1));
    };
    mark(600);
  });
  return `"${font.family}", ${usual}, sans-serif`;
}

// The anywidget render function for an explorer whose moving parts `frame` computes.
function mount(frame) {
  return ({ model, el }) => {
    const layout = model.get("scene");
    el.classList.add("s2p-view", `s2p-${layout.name}-view`);
    el.dataset.s2pId = layout.id;
    el.dataset.s2pArguments = JSON.stringify(layout.arguments);
    el.dataset.s2pLanguage = layout.language;
    el.innerHTML = layout.svg;
    const svg = el.querySelector("svg");
    svg.setAttribute("width", `${layout.width_px}px`);
    svg.removeAttribute("height");
    svg.style.maxWidth = "100%";
    svg.style.height = "auto";
    svg.setAttribute("role", "img");
    const title = svgElement("title");
    svg.insertBefore(title, svg.firstChild);
    const defs = svgElement("defs");
    svg.appendChild(defs);
    const hatches = {};
    const hatchId = (hatch) => {
      if (!(hatch in hatches)) {
        hatches[hatch] = `s2p-hatch-${layout.name}-${Object.keys(hatches).length}-${model.cid ?? ""}`;
        hatchPattern(defs, hatches[hatch], hatch);
      }
      return hatches[hatch];
    };
    const overlay = svgElement("g", { class: "s2p-marks" });
    svg.appendChild(overlay);
    const elements = {};
    const family = fontStack(el, layout.font, layout.name);
    for (const [id, style] of Object.entries(layout.marks)) {
      elements[id] = createMark(id, style, overlay, hatchId, family);
    }
    const draw = () => {
      const values = {};
      for (const [key, control] of Object.entries(layout.controls)) {
        values[key] = snap(model.get(key), control);
      }
      const geometry = frame(values, layout.constants);
      el.dataset.s2pValues = JSON.stringify(values);  // what was drawn, for tests
      for (const [id, style] of Object.entries(layout.marks)) {
        updateMark(elements[id], style, geometry[id], layout);
      }
      const said = Object.entries(layout.marks)
        .filter(([id, style]) => style.kind === "text" && style.readout && geometry[id])
        .map(([id, style]) => (style.name ? `${style.name} ${geometry[id].text}`
                                          : geometry[id].text));
      const label = `${layout.title}: ${said.join(", ")}`;
      title.textContent = label;
      svg.setAttribute("aria-label", label);
    };
    const events = Object.keys(layout.controls).map((key) => `change:${key}`);
    for (const event of events) model.on(event, draw);
    draw();
    return () => { for (const event of events) model.off(event, draw); };
  };
}
