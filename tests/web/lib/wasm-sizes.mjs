// Where the page's WebAssembly bytes go: sections, the largest functions and
// crates/modules by code size, the data segments.
//
//   node tests/web/lib/wasm-sizes.mjs FILE.wasm [--top N]
//
// Function names come from the `name` section, which build.sh removes: run
// wasm-bindgen without --remove-name-section on the module cargo writes, e.g.
//   wasm-bindgen --target web --out-dir /tmp/named \
//     target/wasm-std/wasm32-unknown-unknown/wasm/smtp_check.wasm
//   node tests/web/lib/wasm-sizes.mjs /tmp/named/smtp_check_bg.wasm
// (it demangles the names; cargo's own output also holds the describe
// functions wasm-bindgen removes). For the sizes as served, run build.sh's
// WASM_OPT_PASSES (without --strip-debug) with `wasm-opt -g` on that copy
// first. On www/pkg/smtp_check_bg.wasm only the sections and the data's text
// and other bytes are printed. `sizes(bytes)` is exported for bench.mjs.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

class Reader {
  constructor(bytes, pos = 0, end = bytes.length) {
    Object.assign(this, { bytes, pos, end });
  }
  byte() {
    return this.bytes[this.pos++];
  }
  u32() {
    let result = 0, shift = 0, b;
    do {
      b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  }
  name() {
    const n = this.u32();
    const s = Buffer.from(this.bytes.subarray(this.pos, this.pos + n)).toString("utf8");
    this.pos += n;
    return s;
  }
}

const SECTION = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];

// Rust's legacy mangling (`_ZN4core3fmt5write17h0123456789abcdefE`) to a path.
// wasm-bindgen rewrites the name section with demangled names that keep the
// hash (`::h0123…`) and crate disambiguators (`core[c5930c85a12de822]`).
export function demangle(name) {
  if (!name.startsWith("_ZN")) return name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== "E") {
    let j = i;
    while (/[0-9]/.test(name[j])) j++;
    const n = Number(name.slice(i, j));
    if (!n) break;
    parts.push(name.slice(j, j + n));
    i = j + n;
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  const subst = { SP: "@", BP: "*", RF: "&", LT: "<", GT: ">", LP: "(", RP: ")", C: ",", u7e: "~", u20: " ", u27: "'", u5b: "[", u5d: "]", u7b: "{", u7d: "}", u3b: ";", u2b: "+", u22: '"' };
  return parts
    .map((p) => p.replace(/^_\$/, "$").replace(/\$([A-Za-z0-9]+)\$/g, (m, c) => subst[c] ?? m).replace(/\.\./g, "::"))
    .join("::");
}

export function sizes(bytes) {
  const r = new Reader(bytes, 8);
  const sections = [];
  const bodies = [];
  const data = [];
  const names = new Map();
  let imported = 0;
  while (r.pos < r.end) {
    const id = r.byte();
    const len = r.u32();
    const start = r.pos;
    const s = new Reader(bytes, start, start + len);
    let label = SECTION[id] ?? `#${id}`;
    if (id === 0) {
      const custom = s.name();
      label = `custom:${custom}`;
      if (custom === "name") {
        while (s.pos < s.end) {
          const sub = s.byte();
          const subLen = s.u32();
          const next = s.pos + subLen;
          if (sub === 1) {
            for (let n = s.u32(); n > 0; n--) {
              const index = s.u32();
              names.set(index, s.name());
            }
          }
          s.pos = next;
        }
      }
    } else if (id === 2) {
      for (let n = s.u32(); n > 0; n--) {
        s.name();
        s.name();
        const kind = s.byte();
        if (kind === 0) { s.u32(); imported++; }
        else if (kind === 1) { s.byte(); const f = s.byte(); s.u32(); if (f & 1) s.u32(); }
        else if (kind === 2) { const f = s.byte(); s.u32(); if (f & 1) s.u32(); }
        else if (kind === 3) { s.byte(); s.byte(); }
      }
    } else if (id === 10) {
      for (let n = s.u32(), i = 0; i < n; i++) {
        const size = s.u32();
        bodies.push({ index: imported + i, size, start: s.pos });
        s.pos += size;
      }
    } else if (id === 11) {
      for (let n = s.u32(); n > 0; n--) {
        const flags = s.u32();
        if (flags === 2) s.u32();
        if (flags !== 1) {
          // constant offset expression: i32.const N end
          while (s.byte() !== 0x0b);
        }
        const size = s.u32();
        data.push({ size, bytes: bytes.subarray(s.pos, s.pos + size) });
        s.pos += size;
      }
    }
    sections.push({ label, size: len, start });
    r.pos = start + len;
  }
  const functions = bodies.map((b) => ({ ...b, name: demangle(names.get(b.index) ?? `func${b.index}`) }));
  return { sections, functions, data };
}

// A function's owner: the crate, or for this crate the module two levels
// deep (`smtp_check::extract::profile`); generic instantiations are listed
// under the trait impl's type (`<T as Trait>` → T).
export function owner(name, depth = 3) {
  let n = name.replace(/^<+/, "");
  n = n.split(/ as | for /)[0];
  const path = n.split("::").filter((p) => !p.startsWith("{{") && p !== "_");
  if (path[0] === "smtp_check") return path.slice(0, depth).join("::");
  return path[0] ?? name;
}

// The areas the page's bytes are cut by (issue 12): a function's area by its
// path, first match wins. Generic standard-library code instantiated for a
// table (a table hook's `Vec::retain`) counts as the standard library's.
const AREAS = [
  ["client tables", /^smtp_check::extract::profile::tables/],
  ["profile engine", /^smtp_check::extract::profile::engine/],
  ["generic inference", /^smtp_check::extract::profile::generic/],
  ["profile (fields, write, tls, patterns)", /^smtp_check::extract::profile/],
  ["readers: code (JS, PHP, Python…)", /^smtp_check::extract::read::(code|expr)/],
  ["readers: sniff", /^smtp_check::extract::read::sniff/],
  ["readers: others", /^smtp_check::extract/],
  ["rules", /^smtp_check::rules/],
  ["fix writing", /^smtp_check::fix/],
  ["advice (probe, marks, support report)", /^smtp_check::advice/],
  ["summary, report, scrub", /^smtp_check::(summary|report|scrub|model)/],
  ["web UI and bindings", /^(smtp_check::web|web_sys|js_sys|wasm_bindgen|gloo)/],
  ["serde", /serde/],
  ["core::fmt", /^core::fmt|^alloc::fmt/],
  ["hash maps", /^(hashbrown|rustc_hash)/],
  ["alloc (Vec, String, allocator)", /^(alloc|dlmalloc)/],
  ["core, std (iterators, str, sort…)", /^(core|std|str|char|\[|usize|u8|u32|f64|bool)/],
];

/** Code bytes by area, each with its size gzipped alone (the function bodies
 * of the area concatenated in module order): which parts gzip well. */
export function areas(bytes, functions) {
  const by = new Map(AREAS.map(([a]) => [a, { size: 0, count: 0, parts: [] }]).concat([["other", { size: 0, count: 0, parts: [] }]]));
  for (const f of functions) {
    // A closure called through `&mut F` belongs to F's owner.
    const name = f.name.replace(/^<*&(mut )?/, "");
    const o = owner(name, 10);
    const path = o.startsWith("smtp_check") ? o : name.replace(/^<+/, "");
    const area = AREAS.find(([, re]) => re.test(path))?.[0] ?? "other";
    const e = by.get(area);
    e.size += f.size;
    e.count++;
    e.parts.push(bytes.subarray(f.start, f.start + f.size));
  }
  return [...by].map(([area, e]) => ({ area, size: e.size, count: e.count, gz: e.size ? gzipSync(Buffer.concat(e.parts), { level: 9 }).length : 0 }));
}

/** The data segments split into text (runs of 4+ printable bytes) and the
 * rest (pointers, lengths, numbers, padding), each gzipped alone. */
export function dataParts(data) {
  const all = Buffer.concat(data.map((d) => Buffer.from(d.bytes)));
  const text = [], rest = [];
  let run = [];
  for (const c of all) {
    if ((c >= 0x20 && c < 0x7f) || c === 10 || c === 9) run.push(c);
    else {
      (run.length >= 4 ? text : rest).push(...run);
      run = [];
      rest.push(c);
    }
  }
  (run.length >= 4 ? text : rest).push(...run);
  const gz = (a) => gzipSync(Buffer.from(a), { level: 9 }).length;
  return { text: text.length, textGz: gz(text), rest: rest.length, restGz: gz(rest) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const top = Number(process.argv[process.argv.indexOf("--top") + 1]) || 40;
  const bytes = readFileSync(file);
  const { sections, functions, data } = sizes(bytes);
  console.log(`${file}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip -9`);
  for (const s of sections) {
    const gz = gzipSync(bytes.subarray(s.start, s.start + s.size), { level: 9 }).length;
    console.log(`  ${s.label.padEnd(28)} ${kb(s.size).padStart(10)} ${kb(gz).padStart(10)} gzip -9 alone`);
  }
  const code = functions.reduce((a, f) => a + f.size, 0);
  const dataSize = data.reduce((a, d) => a + d.size, 0);
  console.log(`  ${functions.length} functions, code ${kb(code)}; ${data.length} data segments, ${kb(dataSize)}`);
  const dp = dataParts(data);
  console.log(`  data: text ${kb(dp.text)} (${kb(dp.textGz)} gzip -9 alone), other bytes ${kb(dp.rest)} (${kb(dp.restGz)} gzip -9 alone)`);
  if (!functions.some((f) => !f.name.startsWith("func"))) process.exit(0);

  console.log("\nCode by area (gzip -9 of each area's bodies alone):");
  for (const a of areas(bytes, functions).sort((x, y) => y.size - x.size)) {
    console.log(`  ${kb(a.size).padStart(10)} ${kb(a.gz).padStart(9)} gz ${String(a.count).padStart(5)} fns  ${a.area}`);
  }

  const byOwner = new Map();
  for (const f of functions) {
    const o = owner(f.name);
    const e = byOwner.get(o) ?? { size: 0, count: 0 };
    e.size += f.size;
    e.count++;
    byOwner.set(o, e);
  }
  console.log(`\nCode by crate / module (top ${top}):`);
  for (const [o, e] of [...byOwner].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(`  ${kb(e.size).padStart(10)} ${String(e.count).padStart(5)} fns  ${o}`);
  }
  // Generic functions instantiated many times: same path, different hashes.
  const byGeneric = new Map();
  for (const f of functions) {
    // Innermost generic arguments first, until none is left.
    let g = f.name.replace(/::\{closure#\d+\}/g, "::{closure}");
    for (let prev; prev !== g; ) [prev, g] = [g, g.replace(/<(?!_>)[^<>]*>/g, "<_>")];
    const e = byGeneric.get(g) ?? { size: 0, count: 0 };
    e.size += f.size;
    e.count++;
    byGeneric.set(g, e);
  }
  console.log(`\nRepeated instantiations (same path, top ${top} by total size):`);
  for (const [g, e] of [...byGeneric].filter(([, e]) => e.count > 1).sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(`  ${kb(e.size).padStart(10)} ×${String(e.count).padEnd(4)} ${g.slice(0, 150)}`);
  }
  console.log(`\nLargest functions (top ${top}):`);
  for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) {
    console.log(`  ${kb(f.size).padStart(10)}  ${f.name.slice(0, 160)}`);
  }
}
