// The police portal in a real browser: a 360-pixel phone and a 1280-pixel
// desk, each with and without JavaScript, checked by axe-core on every page.
// Seeds demo cases and officers with the debug binary (`demo seed`), then
// logs in with a password and a TOTP code computed here.
//
//   cd tests/browser && npm ci && node --test portal.test.mjs
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, "../..");
const binary = process.env.FRAUDREPORT_BIN || join(root, "target/debug/fraudreport");
const port = 19000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const shots = join(root, "target/browser");
let server, browser, work;
/// Per viewport, a context with JavaScript in which the pages seen without it are checked by axe.
const checkers = new Map();
/// Demo officers by authority id: { email, password, secret }.
const officers = new Map();

/// The four ways the portal is used: phone and desk, with and without JavaScript.
const VARIANTS = [
  { width: 360, height: 740, js: true },
  { width: 360, height: 740, js: false },
  { width: 1280, height: 800, js: true },
  { width: 1280, height: 800, js: false },
].map((v) => ({ ...v, name: `${v.width} px, ${v.js ? "with" : "without"} JavaScript`, suffix: `${v.width}${v.js ? "" : "-nojs"}` }));

// Each test logs in with its own officer (one per authority), so that no
// account has to use the same 30-second TOTP step twice. The seed is fixed,
// so these authorities hold the same demo cases every time (eight to
// thirty each, all new).
const AUTHORITIES = {
  login: ["de-by", "es-policia-nacional", "it-polizia-postale", "lv-vp"],
  filter: ["gb-report-fraud", "fr-thesee", "fi-poliisi", "au-reportcyber"],
  open: ["pl-policja", "us-ic3", "ca-cafc", "de-nw"],
  status: ["nl-politie", "ee-ppa", "ua-cyberpolice", "lt-police"],
};

before(async () => {
  work = mkdtempSync(join(tmpdir(), "fraudreport-portal-"));
  mkdirSync(shots, { recursive: true });
  const env = { ...process.env, FRAUDREPORT_BIND: `127.0.0.1:${port}`, FRAUDREPORT_BASE_URL: base, FRAUDREPORT_LOG: "warn" };
  const seeded = execFileSync(binary, ["demo", "seed", "--reports", "300"], { cwd: work, env, encoding: "utf8" });
  // officer      de-by      officer.de-by@demo.example      demo-f1a3d5b5d9257bb2  JMJKV5RZ…
  for (const line of seeded.split("\n")) {
    const m = line.match(/^officer\s+(\S+)\s+(\S+@\S+)\s+(\S+)\s+([A-Z2-7]+)\s*$/);
    if (m) officers.set(m[1], { email: m[2], password: m[3], secret: m[4] });
  }
  assert.ok(officers.size > 20, `demo seed printed no officers:\n${seeded}`);
  server = spawn(binary, ["serve"], { cwd: work, env, stdio: "inherit" });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  for (const c of checkers.values()) await c.close();
  await browser?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

/// RFC 4648 base32 (no padding) to bytes.
function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0, value = 0;
  const out = [];
  for (const c of text.replace(/=+$/, "").toUpperCase()) {
    const i = alphabet.indexOf(c);
    assert.ok(i >= 0, `not base32: ${c}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/// RFC 6238 TOTP: HMAC-SHA-1 over the 30-second step, six digits.
function totp(secret, unixMillis = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixMillis / 1000 / 30)));
  const mac = createHmac("sha1", base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

test("the TOTP code is the one of RFC 6238's SHA-1 test vector", () => {
  // RFC 6238 appendix B: the ASCII key "12345678901234567890", T = 59 s → 94287082 (8 digits).
  const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  assert.equal(totp(secret, 59_000), "287082");
  assert.equal(totp(secret, 1_111_111_109_000), "081804");
});

async function open(variant) {
  // bypassCSP only so that axe-core can be injected; the pages themselves run under their CSP.
  const context = await browser.newContext({
    viewport: { width: variant.width, height: variant.height }, javaScriptEnabled: variant.js, bypassCSP: true,
  });
  return context.newPage();
}

async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/// axe-core needs scripts to run (it never finishes in a page without
/// JavaScript): a page seen without JavaScript is checked as its exact
/// markup, served at its own address to a page of the same size with
/// JavaScript (the portal's pages have no script and no <noscript>).
async function axeViolationsWithoutScripts(page, variant) {
  const [url, html] = [page.url(), await page.content()];
  if (!checkers.has(variant.width)) {
    checkers.set(variant.width, await browser.newContext({ viewport: { width: variant.width, height: variant.height }, bypassCSP: true }));
  }
  const copy = await checkers.get(variant.width).newPage();
  try {
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(url);
    return await axeViolations(copy);
  } finally {
    await copy.close();
  }
}

/// What a user of this page at this width must get: no serious accessibility
/// problem, no sideways scrolling of the page (a wide table scrolls inside
/// its own named, focusable box); and a screenshot to look at
/// (target/browser/portal-PAGE-WIDTH.png).
async function checkPage(page, variant, what) {
  const layout = await page.evaluate(() => {
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right <= window.innerWidth + 0.5) continue;
      // Inside a box that scrolls on its own, sticking out is expected.
      let inner = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) { inner = true; break; }
      }
      if (!inner) out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className ? "." + String(el.className).split(" ").join(".") : ""}`);
    }
    const scrollers = [...document.querySelectorAll(".table-scroll")].map((box) => ({
      scrolls: box.scrollWidth > box.clientWidth,
      overflow: getComputedStyle(box).overflowX,
      focusable: box.tabIndex >= 0,
      name: box.getAttribute("aria-label") || (box.getAttribute("aria-labelledby") && document.getElementById(box.getAttribute("aria-labelledby"))?.textContent) || "",
      role: box.getAttribute("role"),
    }));
    return { width: document.documentElement.scrollWidth, wide: out.slice(0, 5), scrollers };
  });
  assert.ok(layout.width <= variant.width, `the ${what} page scrolls sideways at ${variant.width} px (scrollWidth ${layout.width}): ${layout.wide.join(" | ")}`);
  for (const box of layout.scrollers) {
    if (!box.scrolls) continue;
    assert.ok(["auto", "scroll"].includes(box.overflow), `the ${what} page: a wide table sticks out of its box`);
    assert.ok(box.focusable, `the ${what} page: a table that scrolls sideways can be scrolled from the keyboard`);
    assert.ok(box.role === "region" && box.name.trim(), `the ${what} page: the scrolling table box is a named region`);
  }
  // One screenshot per page and width: the portal has no script, so the page without JavaScript looks the same.
  if (variant.js) await page.screenshot({ path: join(shots, `portal-${what}-${variant.width}.png`), fullPage: true });
  const violations = variant.js ? await axeViolations(page) : await axeViolationsWithoutScripts(page, variant);
  assert.deepEqual(violations, [], `the ${what} page at ${variant.name}`);
}

/// Clicks `selector` and waits for the page it leads to.
async function go(page, selector, url) {
  await Promise.all([page.waitForURL(url), page.click(selector)]);
}

/// Logs `authority`'s demo officer in (checking both login pages on the way
/// when `check`); the page is then on the queue.
async function logIn(page, variant, authority, check = false) {
  const officer = officers.get(authority);
  assert.ok(officer, `demo seed made no officer for ${authority}`);
  await page.goto(`${base}/portal/login`);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  if (check) await checkPage(page, variant, "login");
  await page.fill("#email", officer.email);
  await page.fill("#password", officer.password);
  await go(page, "form[action='/portal/login'] button[type=submit]", /\/portal\/login\/code$/);
  if (check) await checkPage(page, variant, "code");
  await page.fill("#code", totp(officer.secret));
  await go(page, "form[action='/portal/login/code'] button[type=submit]", /\/portal\/cases$/);
}

/// The queue's rows as shown: reference, received, status.
async function queueRows(page) {
  return page.$$eval("table.queue tbody tr", (trs) => trs.map((tr) => {
    const cells = [...tr.children].map((c) => c.textContent.trim());
    return { reference: cells[0], received: cells[1], status: cells[7] };
  }));
}

/// The counts per status, by label: { "New": 12, "In review": 0, … }.
async function statusCounts(page) {
  const counts = await page.$$eval(".status-counts li a", (as) => as.map((a) => {
    const n = a.querySelector(".count").textContent.trim();
    return [a.textContent.replace(n, "").trim(), Number(n)];
  }));
  return Object.fromEntries(counts);
}

/// Opens the filters (a <details>, works without JavaScript too).
async function openFilters(page) {
  if ((await page.getAttribute("details.more-filters", "open")) === null) await page.click("details.more-filters summary");
  assert.ok(await page.isVisible("#status"), "the filters open");
}

const REFERENCE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/;

// The four ways run side by side (each its own officers); within one, the tests run in turn.
describe("portal", { concurrency: true }, () => VARIANTS.forEach((variant, i) => describe(variant.name, { concurrency: 1 }, () => {
  test(`a password and a TOTP code lead to the queue with its counts and cases`, async () => {
    const page = await open(variant);
    await logIn(page, variant, AUTHORITIES.login[i], true);
    assert.match(await page.textContent("h1"), /case/i);
    assert.match(await page.textContent("header .who"), /officer/i, "the header says who is logged in");
    const counts = await statusCounts(page);
    assert.deepEqual(Object.keys(counts), ["New", "In review", "Complaint filed", "Forwarded", "No action", "Closed"]);
    const rows = await queueRows(page);
    assert.ok(rows.length > 0, "the queue shows cases");
    assert.ok(rows.every((r) => REFERENCE.test(r.reference)), "every row starts with its reference");
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    assert.equal(rows.length, Math.min(total, 50), "the rows are the counted cases (one page of at most 50)");
    assert.ok(rows.every((r) => r.status in counts), "every row shows a status");
    const table = await page.$eval(".table-scroll", (box) => ({
      scrolls: box.scrollWidth > box.clientWidth,
      // An inline link broken over lines has one box per line.
      references: [...box.querySelectorAll("tbody th a")].map((a) => a.getClientRects().length),
    }));
    if (variant.width >= 1280) assert.ok(!table.scrolls, "at a desk every column of the queue is in view");
    assert.ok(table.references.every((lines) => lines === 1), `a reference is never broken over lines: ${table.references}`);
    await checkPage(page, variant, "queue");
    await page.context().close();
  });

  test(`the queue is filtered by status and by date, and searched by reference`, async () => {
    const page = await open(variant);
    await logIn(page, variant, AUTHORITIES.filter[i]);
    const all = await queueRows(page);
    const counts = await statusCounts(page);
    assert.ok(all.length >= 5, `enough cases to filter (${all.length})`);

    // Status: only "New" rows, as many as the count says.
    await openFilters(page);
    await page.selectOption("#status", "new");
    await go(page, ".queue-filters button[type=submit]", /status=new/);
    const fresh = await queueRows(page);
    assert.equal(fresh.length, Math.min(counts["New"], 50));
    assert.ok(fresh.every((r) => r.status === "New"), "only new cases");
    assert.equal(await page.inputValue("#status"), "new", "the filter stays chosen");
    await checkPage(page, variant, "queue-filtered");

    // A status with no case: the queue says so.
    await openFilters(page);
    await page.selectOption("#status", "no_action");
    await go(page, ".queue-filters button[type=submit]", /status=no_action/);
    assert.equal(counts["No action"], 0);
    assert.equal(await page.locator("table.queue").count(), 0);
    assert.match(await page.textContent("main"), /no case/i);

    // From a day in the middle: only the cases received on it or later.
    const days = [...new Set(all.map((r) => r.received.slice(0, 10)))].sort();
    assert.ok(days.length >= 2, "the cases came in on different days");
    const from = days[Math.floor(days.length / 2)];
    await openFilters(page);
    await page.selectOption("#status", "");
    await page.fill("#from", from);
    await go(page, ".queue-filters button[type=submit]", new RegExp(`from=${from}`));
    const recent = await queueRows(page);
    assert.ok(recent.length > 0 && recent.length < all.length, `${recent.length} of ${all.length} cases from ${from}`);
    assert.ok(recent.every((r) => r.received.slice(0, 10) >= from), "only cases received on or after the day");
    assert.deepEqual(recent.map((r) => r.reference), all.filter((r) => r.received.slice(0, 10) >= from).map((r) => r.reference));

    // Search by the reference of the last case: that case alone.
    const wanted = all[all.length - 1].reference;
    await page.goto(`${base}/portal/cases`);
    await page.fill("#q", wanted.toLowerCase());
    await go(page, ".queue-filters button[type=submit]", /q=/);
    assert.deepEqual((await queueRows(page)).map((r) => r.reference), [wanted]);
    assert.equal(await page.inputValue("#q"), wanted.toLowerCase(), "the search stays in the box");
    await checkPage(page, variant, "queue-search");
    await page.context().close();
  });

  test(`a case opens from the queue and shows its reference`, async () => {
    const page = await open(variant);
    await logIn(page, variant, AUTHORITIES.open[i]);
    const [first] = await queueRows(page);
    await go(page, `table.queue a[href='/portal/cases/${first.reference}']`, new RegExp(`/portal/cases/${first.reference}$`));
    assert.match(await page.textContent("h1"), new RegExp(first.reference));
    assert.match(await page.title(), new RegExp(first.reference));
    assert.equal(await page.textContent(".case-state strong"), first.status);
    for (const heading of ["#victim", "#routing", "#fraud", "#payments", "#indicators", "#status-heading", "#timeline-heading", "#notes-heading"]) {
      assert.ok(await page.isVisible(heading), `the case page has ${heading}`);
    }
    await checkPage(page, variant, "case");
    await page.context().close();
  });

  test(`a new case is moved into review with a reason, shown in its status and timeline`, async () => {
    const page = await open(variant);
    await logIn(page, variant, AUTHORITIES.status[i]);
    const fresh = (await queueRows(page)).find((r) => r.status === "New");
    assert.ok(fresh, "a new case to work");
    await go(page, `table.queue a[href='/portal/cases/${fresh.reference}']`, new RegExp(`/portal/cases/${fresh.reference}$`));
    assert.equal(await page.textContent(".case-state strong"), "New");
    const moves = await page.$$eval("#to option", (os) => os.map((o) => o.value));
    assert.ok(moves.includes("in_review") && !moves.includes("new"), `the next statuses: ${moves}`);

    // Without a reason the browser holds the form back (required); a reason of blanks is refused by the server.
    await page.selectOption("#to", "in_review");
    await page.fill("#reason", "   ");
    await Promise.all([page.waitForLoadState("load"), page.click("form[action$='/status'] button[type=submit]")]);
    assert.ok(await page.isVisible("#reason-error"), "a blank reason is explained next to the field");
    assert.equal(await page.getAttribute("#reason", "aria-invalid"), "true");
    assert.equal(await page.textContent(".case-state strong"), "New", "nothing changed");
    await checkPage(page, variant, "case-status-error");

    const reason = `Victim called back; bank statements requested (${variant.suffix})`;
    await page.selectOption("#to", "in_review");
    await page.fill("#reason", reason);
    await Promise.all([page.waitForLoadState("load"), page.click("form[action$='/status'] button[type=submit]")]);
    assert.match(page.url(), new RegExp(`/portal/cases/${fresh.reference}`));
    assert.equal(await page.textContent(".case-state strong"), "In review");
    const moments = await page.$$eval("ol.timeline li", (lis) => lis.map((li) => li.textContent.replace(/\s+/g, " ").trim()));
    const change = moments.find((m) => m.includes(reason));
    assert.ok(change, `the timeline shows the change with its reason: ${moments.join(" | ")}`);
    assert.match(change, /In review/);
    assert.ok(!(await page.$$eval("#to option", (os) => os.map((o) => o.value))).includes("in_review"), "in review is no longer a move");
    await checkPage(page, variant, "case-changed");

    // Back on the queue the case is counted and shown in review.
    await page.goto(`${base}/portal/cases?status=in_review`);
    assert.deepEqual((await queueRows(page)).map((r) => [r.reference, r.status]), [[fresh.reference, "In review"]]);
    assert.equal((await statusCounts(page))["In review"], 1);
    await page.context().close();
  });
})));
