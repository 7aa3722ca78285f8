// rename-glue.mjs GLUE.js MAP.json MODULE.wasm
//
// wasm-opt's --minify-imports-and-exports-and-modules gives the page's
// module one- or two-letter import, export and module names (the
// `./smtp_check_bg.js` / `__wbg_querySelector_1555c239948f2bf0` names are
// about 2 KB of the gzipped module) and prints the renames as JSON. This
// applies them to wasm-bindgen's glue: the keys of its import object, the
// import module's key, and every `wasm.NAME` export use. Every rename must
// apply, and no old name may stay, or the build stops (a wasm-bindgen
// upgrade that writes its glue differently must be looked at, not shipped).
import { readFileSync, writeFileSync } from "node:fs";

const [, , gluePath, mapPath, wasmPath] = process.argv;
let glue = readFileSync(gluePath, "utf8");
const map = JSON.parse(readFileSync(mapPath, "utf8"));

const fail = (why) => {
  console.error(`rename-glue: ${why}`);
  process.exit(1);
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The one import module's new name, from the module itself.
function importModules(bytes) {
  let p = 8;
  const u32 = () => {
    let r = 0, s = 0, b;
    do { b = bytes[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
    return r;
  };
  const name = () => { const l = u32(); const s = bytes.subarray(p, p + l).toString(); p += l; return s; };
  const modules = new Set();
  while (p < bytes.length) {
    const id = bytes[p++];
    const end = u32() + p;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        modules.add(name());
        name();
        const kind = bytes[p++];
        if (kind === 0) u32();
        else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 3) p += 2;
        else if (kind === 4) { p++; u32(); }
        else fail(`import kind ${kind}`);
      }
    }
    p = end;
  }
  return [...modules];
}

const oldModules = [...new Set(map.imports.map(([module]) => module))];
const newModules = importModules(readFileSync(wasmPath));
if (oldModules.length !== 1 || newModules.length !== 1) {
  fail(`expected one import module, got ${oldModules} → ${newModules}`);
}

// Import object keys: `        __wbg_Error_208446807d0d1e30: function(` …
for (const [, from, to] of map.imports) {
  const key = new RegExp(`^(\\s+)${escape(from)}(?=: )`, "gm");
  const hits = glue.match(key)?.length ?? 0;
  if (hits !== 1) fail(`import ${from}: ${hits} keys in the glue`);
  glue = glue.replace(key, `$1${JSON.stringify(to)}`);
}
const moduleKey = `${JSON.stringify(oldModules[0])}: import0`;
if (!glue.includes(moduleKey)) fail(`no ${moduleKey} in the glue`);
glue = glue.replace(moduleKey, `${JSON.stringify(newModules[0])}: import0`);

// Export uses: `wasm.__wbindgen_malloc` …
const exports = new Map(map.exports);
glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  if (!exports.has(name)) fail(`wasm.${name} is not an export`);
  return `wasm[${JSON.stringify(exports.get(name))}]`;
});
for (const [from] of map.imports) if (glue.includes(from)) fail(`${from} is still in the glue`);
writeFileSync(gluePath, glue);
