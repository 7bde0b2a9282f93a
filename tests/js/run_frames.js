// Reads {"module": <ES module text>, "calls": [...]} on stdin; prints the results as JSON.
// A call is ["frame", values, constants], ["shown", x, digits], ["significant", x]
// or ["snap", value, control]. Infinity and NaN travel as the strings "inf", "-inf", "nan".
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const { module, calls } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const source = module.replace(/^export default .*$/m, "");
  const api = new Function(`${source}\nreturn { frame, shown, significant, snap };`)();
  const revive = (v) => (v === "inf" ? Infinity : v === "-inf" ? -Infinity : v === "nan" ? NaN : v);
  const out = calls.map(([name, ...args]) => {
    try {
      return { ok: api[name](...args.map((a) => (Array.isArray(a) || typeof a === "object" ? a : revive(a)))) };
    } catch (error) {
      return { error: String(error) };
    }
  });
  const encode = (key, v) => (typeof v === "number" && !Number.isFinite(v) ? (Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf") : v);
  process.stdout.write(JSON.stringify(out, encode));
});
