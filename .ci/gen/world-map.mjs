// Generates world.tsv for the overview map (src/web/svg/world.tsv).
//
// Output format (UTF-8, "\n" line ends, deterministic):
//   # comment lines (source, licence, projection, viewBox "# viewBox 0 0 W H")
//   ALPHA2 <TAB> SVG path d
// A country outline uses only M / l / z commands. Countries that are too small
// for the 1:110m dataset get a small circle marker instead: a path made of two
// relative arcs ("M x y m -r 0 a r r 0 1 0 2r 0 a r r 0 1 0 -2r 0 z"); the
// renderer recognises markers by the arc command. Each ISO code appears once.
//
// Usage (from the repository root): node .ci/gen/world-map.mjs src/web/svg/world.tsv

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature, merge } from "topojson-client";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const atlasPkg = require("world-atlas/package.json");
const load = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), "utf8"));

const OUT = process.argv[2] ?? new URL("../../src/web/svg/world.tsv", import.meta.url).pathname;

// ---------------------------------------------------------------- projection
// Natural Earth I (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011), polynomial form.
function naturalEarth(lonDeg, latDeg) {
  const l = (lonDeg * Math.PI) / 180;
  const p = (latDeg * Math.PI) / 180;
  const p2 = p * p;
  const p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x, y];
}

const WIDTH = 1000;
const MARGIN = 4; // viewBox units kept free on every side
const LAT_TOP = 84; // northern tip of Greenland is ~83.6°
const LAT_BOTTOM = -57; // Antarctica is dropped; Cape Horn / Bouvet are ~-56 / -54
const XMAX = naturalEarth(180, 0)[0];
const SCALE = (WIDTH - 2 * MARGIN) / (2 * XMAX);
const YTOP = naturalEarth(0, LAT_TOP)[1];
const HEIGHT = Math.ceil((YTOP - naturalEarth(0, LAT_BOTTOM)[1]) * SCALE + 2 * MARGIN);

function project([lon, lat]) {
  const [x, y] = naturalEarth(lon, lat);
  return [WIDTH / 2 + x * SCALE, MARGIN + (YTOP - y) * SCALE];
}

// ---------------------------------------------------------------- path output
const DECIMALS = 1;
const Q = 10 ** DECIMALS;
const q = (v) => Math.round(v * Q); // integer in tenths of a unit
const num = (n) => {
  // n is an integer count of tenths; print it as compactly as possible
  const s = (n / Q).toFixed(DECIMALS).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s.replace(/^(-?)0\./, "$1.");
};
// Join numbers so that a minus sign or a leading "." doubles as separator.
function joinNums(nums) {
  let out = "";
  let prev = "";
  for (const s of nums) {
    if (out !== "" && !s.startsWith("-") && !(s.startsWith(".") && prev.includes("."))) out += " ";
    out += s;
    prev = s;
  }
  return out;
}

function ringPath(ring) {
  const pts = [];
  for (const c of ring) {
    const [x, y] = project(c);
    const p = [q(x), q(y)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  // drop the closing point (z closes the ring)
  while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  if (pts.length < 3) return "";
  const deltas = [];
  for (let i = 1; i < pts.length; i++) {
    deltas.push(num(pts[i][0] - pts[i - 1][0]), num(pts[i][1] - pts[i - 1][1]));
  }
  return `M${joinNums([num(pts[0][0]), num(pts[0][1])])}l${joinNums(deltas)}z`;
}

// Rings that cross the antimeridian (Russia's Chukotka, Fiji) are given
// continuous longitudes, then cut at 180° into an eastern and a western part.
function clipRing(ring, keep) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    const pin = keep(p[0]);
    const qin = keep(q[0]);
    if (pin !== qin) {
      const t = (180 - p[0]) / (q[0] - p[0]);
      out.push([180, p[1] + t * (q[1] - p[1])]);
    }
    if (qin) out.push(q);
  }
  return out;
}
function splitAntimeridian(ring) {
  let crosses = false;
  const unwrapped = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const prev = unwrapped[i - 1][0];
    let lon = ring[i][0];
    while (lon - prev > 180) lon -= 360;
    while (prev - lon > 180) lon += 360;
    if (lon !== ring[i][0]) crosses = true;
    unwrapped.push([lon, ring[i][1]]);
  }
  if (!crosses) return [ring];
  // bring the ring's main part into [-180, 180], then cut at +180
  const minLon = Math.min(...unwrapped.map((c) => c[0]));
  const shift = minLon < -180 ? 360 : 0;
  const r = unwrapped.map(([lon, lat]) => [lon + shift, lat]);
  const west = clipRing(r, (lon) => lon <= 180);
  const east = clipRing(r, (lon) => lon >= 180).map(([lon, lat]) => [lon - 360, lat]);
  return [west, east].filter((part) => part.length >= 3);
}

function geometryPath(geom) {
  if (!geom) return "";
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.type === "MultiPolygon" ? geom.coordinates : [];
  return polys.map((poly) => poly.flatMap(splitAntimeridian).map(ringPath).join("")).join("");
}

function markerPath([lon, lat]) {
  const [x, y] = project([lon, lat]);
  const r = 3;
  return `M${joinNums([num(q(x)), num(q(y))])}m-${r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0z`;
}

// ---------------------------------------------------------------- code mapping
const NAME_TO_ALPHA2 = {
  Kosovo: "XK",
  "N. Cyprus": "CY", // merged into Cyprus
  Somaliland: "SO", // merged into Somalia
};
function alpha2Of(g) {
  if (g.id !== undefined) {
    const a = countries.numericToAlpha2(g.id);
    if (a) return a;
  }
  return NAME_TO_ALPHA2[g.properties?.name];
}

// ---------------------------------------------------------------- 110m outlines
const topo = load("countries-110m.json");
const byCode = new Map();
for (const g of topo.objects.countries.geometries) {
  const a2 = alpha2Of(g);
  if (!a2) {
    console.error(`dropped feature without ISO code: ${g.properties?.name}`);
    continue;
  }
  if (a2 === "AQ") continue; // Antarctica
  if (!byCode.has(a2)) byCode.set(a2, []);
  byCode.get(a2).push(g);
}

const shapes = new Map(); // alpha2 -> GeoJSON geometry
for (const [a2, geoms] of byCode) {
  // merge() dissolves shared borders (Cyprus + N. Cyprus, Somalia + Somaliland)
  shapes.set(a2, geoms.length === 1 ? feature(topo, geoms[0]).geometry : merge(topo, geoms));
}

// Overseas parts that Natural Earth keeps inside another country's geometry but
// that have their own ISO code: split them out by a lon/lat test on each polygon.
function splitOut(from, to, test) {
  const g = shapes.get(from);
  if (!g || g.type !== "MultiPolygon" || shapes.has(to)) return;
  const inside = g.coordinates.filter((poly) => test(ringCentroid(poly[0])));
  if (inside.length === 0 || inside.length === g.coordinates.length) return;
  shapes.set(from, { type: "MultiPolygon", coordinates: g.coordinates.filter((p) => !inside.includes(p)) });
  shapes.set(to, { type: "MultiPolygon", coordinates: inside });
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}
function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = ring.length;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

splitOut("FR", "GF", ([lon, lat]) => lon < -40 && lat > 0 && lat < 10); // French Guiana
splitOut("NO", "SJ", ([, lat]) => lat > 74); // Svalbard

// ---------------------------------------------------------------- markers
// Centroid (of the largest polygon) from the most detailed dataset, for ISO
// codes that the 110m outlines lack.
const detail = load("countries-10m.json");
const centroids = new Map();
for (const g of detail.objects.countries.geometries) {
  const a2 = alpha2Of(g);
  if (!a2 || centroids.has(a2)) continue;
  const geom = feature(detail, g).geometry;
  if (!geom) continue;
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  let best = null;
  let bestArea = -1;
  for (const poly of polys) {
    const area = Math.abs(ringArea(poly[0]));
    if (area > bestArea) {
      bestArea = area;
      best = poly[0];
    }
  }
  if (best) centroids.set(a2, ringCentroid(best));
}
// Places that no Natural Earth layer has on their own (lon, lat; approximate).
const EXTRA = {
  BQ: [-68.26, 12.17], // Bonaire
  BV: [3.36, -54.42], // Bouvet Island
  CC: [96.87, -12.16], // Cocos (Keeling) Islands
  CX: [105.63, -10.49], // Christmas Island
  GF: [-53.1, 3.93], // French Guiana (if not split out above)
  GP: [-61.55, 16.25], // Guadeloupe
  MQ: [-61.02, 14.64], // Martinique
  RE: [55.53, -21.12], // Réunion
  SJ: [16.0, 78.5], // Svalbard (if not split out above)
  TK: [-171.85, -9.2], // Tokelau
  YT: [45.15, -12.83], // Mayotte
};

const lines = [];
const markers = [];
for (const a2 of Object.keys(countries.getAlpha2Codes()).sort()) {
  if (a2 === "AQ") continue;
  const g = shapes.get(a2);
  if (g) {
    const d = geometryPath(g);
    if (d) {
      lines.push(`${a2}\t${d}`);
      continue;
    }
  }
  const c = centroids.get(a2) ?? EXTRA[a2];
  if (!c) {
    console.error(`no outline and no centroid for ${a2}`);
    continue;
  }
  lines.push(`${a2}\t${markerPath(c)}`);
  markers.push(a2);
}

const header = [
  `# Natural Earth v4.1.0 Admin 0 countries 1:110m, public domain (naturalearthdata.com), via npm world-atlas@${atlasPkg.version} (ISC); marker centroids from 1:10m`,
  `# Natural Earth I projection, Antarctica dropped; N. Cyprus merged into CY, Somaliland into SO, Kosovo = XK`,
  `# markers (circle paths): ${markers.join(" ")}`,
  `# viewBox 0 0 ${WIDTH} ${HEIGHT}`,
];
writeFileSync(OUT, header.concat(lines).join("\n") + "\n");
console.error(`${OUT}: ${lines.length} codes (${markers.length} markers), viewBox 0 0 ${WIDTH} ${HEIGHT}`);
