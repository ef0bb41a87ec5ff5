// The police portal in a real browser: a 360-pixel phone and a 1280-pixel
// desk, each with and without JavaScript, checked by axe-core on every page.
// Seeds demo cases and officers with the debug binary (`demo seed`), then
// logs in with a password and a TOTP code computed here. Leads and
// coordinators of their own are added with `officer add` and enrol through
// their one-time link in the browser.
//
//   cd tests/browser && npm ci && node --test portal.test.mjs
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
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
/// Accounts added with `officer add`, by name: { email, link } (the one-time enrolment link).
const added = new Map();

/// The four ways the portal is used: phone and desk, with and without JavaScript.
const VARIANTS = [
  { width: 360, height: 740, js: true },
  { width: 360, height: 740, js: false },
  { width: 1280, height: 800, js: true },
  { width: 1280, height: 800, js: false },
].map((v) => ({ ...v, name: `${v.width} px, ${v.js ? "with" : "without"} JavaScript`, suffix: `${v.width}${v.js ? "" : "-nojs"}` }));

// Each test logs in with its own officer (one per authority), so that no
// account has to use the same 30-second TOTP step twice. The seed is fixed,
// so these authorities hold the same demo cases every time (one to
// thirty each, all new; five or more where a test filters them).
const AUTHORITIES = {
  login: ["de-by", "es-policia-nacional", "it-polizia-postale", "lv-vp"],
  filter: ["gb-report-fraud", "fr-thesee", "fi-poliisi", "at-bk"],
  open: ["pl-policja", "us-ic3", "ca-cafc", "de-nw"],
  status: ["nl-politie", "ee-ppa", "ua-cyberpolice", "lt-police"],
  // A lead is added to each; its demo officer tries to choose the case e-mails too.
  notices: ["se-polisen", "no-politiet", "dk-politi", "be-police"],
  // Their demo officers try to open the coordinators' list of unattended authorities.
  unattended: ["cz-policie", "ie-garda", "hu-police", "lu-police"],
  // Each holds a case of the demo's one network (its biggest cluster across
  // countries), and no other test logs in with their demo officers.
  linked: ["de-he", "de-bw", "ch-zg", "pt-queixa-eletronica"],
};

/// Countries whose authority the seed routes no report to, so that none
/// has an account (Albania, Montenegro, Malta, Cyprus): a report filed
/// from one of them is for the coordinators to forward by hand.
const UNATTENDED_COUNTRIES = ["AL", "ME", "MT", "CY"];

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
  for (const v of VARIANTS) {
    addAccount(env, `lead-${v.suffix}`, "lead", AUTHORITIES.notices[VARIANTS.indexOf(v)]);
    addAccount(env, `coordinator-${v.suffix}`, "coordinator");
    // One coordinator per test, so that no login reuses a TOTP step.
    addAccount(env, `overview-${v.suffix}`, "coordinator");
    addAccount(env, `linkage-${v.suffix}`, "coordinator");
  }
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

/// Adds an account with the command line (as an administrator would) and keeps its enrolment link.
function addAccount(env, name, role, authority) {
  const email = `${name}@portal-test.example`;
  const args = ["officer", "add", "--email", email, "--name", `Test ${name}`, "--role", role];
  if (authority) args.push("--authority", authority);
  const out = execFileSync(binary, args, { cwd: work, env, encoding: "utf8" });
  const link = out.match(/\/portal\/enrol\/[0-9a-f]{48}/);
  assert.ok(link, `officer add printed no enrolment link:\n${out}`);
  added.set(name, { email, link: link[0] });
}

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
/// (target/browser/portal-PAGE-WIDTH.png, -nojs added without JavaScript).
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
  await page.screenshot({ path: join(shots, `portal-${what}-${variant.suffix}.png`), fullPage: true });
  const violations = variant.js ? await axeViolations(page) : await axeViolationsWithoutScripts(page, variant);
  assert.deepEqual(violations, [], `the ${what} page at ${variant.name}`);
}

/// Clicks `selector` and waits for the page it leads to.
async function go(page, selector, url) {
  await Promise.all([page.waitForURL(url), page.click(selector)]);
}

/// Enrols the added account `name` through its link as its owner would:
/// a password, the key shown typed into an authenticator app (computed
/// here) and the code it then shows. Returns its login, with the TOTP
/// step the enrolment used up.
async function enrol(page, name) {
  const account = added.get(name);
  await page.goto(`${base}${account.link}`);
  const secret = (await page.textContent("code.secret")).replace(/\s+/g, "");
  const password = `Heron ${randomBytes(6).toString("hex")} lantern`;
  await page.fill("#password", password);
  await page.fill("#password_again", password);
  const now = Date.now();
  await page.fill("#code", totp(secret, now));
  await page.click(`form[action='${account.link}'] button[type=submit]`);
  await page.waitForSelector("ol.recovery-codes");
  assert.equal(await page.locator("ol.recovery-codes li").count(), 10, "enrolment ends with ten recovery codes");
  return { email: account.email, password, secret, usedStep: Math.floor(now / 30_000) };
}

/// Logs in `who` (an authority's demo officer, or a login from `enrol`),
/// checking both login pages on the way when `check`; the page is then on
/// the queue.
async function logIn(page, variant, who, check = false) {
  const officer = typeof who === "string" ? officers.get(who) : who;
  assert.ok(officer, `demo seed made no officer for ${who}`);
  await page.goto(`${base}/portal/login`);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  if (check) await checkPage(page, variant, "login");
  await page.fill("#email", officer.email);
  await page.fill("#password", officer.password);
  await go(page, "form[action='/portal/login'] button[type=submit]", /\/portal\/login\/code$/);
  if (check) await checkPage(page, variant, "code");
  // A step after the one the enrolment used: the code the app shows next (the portal accepts it a step early).
  const at = officer.usedStep === undefined ? Date.now() : Math.max(Date.now(), (officer.usedStep + 1) * 30_000);
  await page.fill("#code", totp(officer.secret, at));
  await go(page, "form[action='/portal/login/code'] button[type=submit]", /\/portal\/cases$/);
}

/// The queue's rows as shown: reference, received, status and linked
/// reports (found by their column headings, so a new column moves nothing).
async function queueRows(page) {
  return page.$$eval("table.queue", ([table]) => {
    if (!table) return [];
    const headings = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    const column = (name) => {
      const i = headings.indexOf(name);
      if (i < 0) throw new Error(`the queue has no column ${name}: ${headings.join(" | ")}`);
      return i;
    };
    const [received, status, linked] = [column("Received"), column("Status"), column("Linked reports")];
    return [...table.querySelectorAll("tbody tr")].map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent.trim());
      return { reference: cells[0], received: cells[received], status: cells[status], linked: cells[linked] };
    });
  });
}

/// The counts per status, by label: { "New": 12, "In review": 0, … }.
async function statusCounts(page) {
  const counts = await page.$$eval(".status-counts li a", (as) => as.map((a) => {
    const n = a.querySelector(".count").textContent.trim();
    return [a.textContent.replace(n, "").trim(), Number(n)];
  }));
  return Object.fromEntries(counts);
}

/// The overview's clusters as ranked: { id, victims, countries }.
async function overviewRows(page) {
  return page.$$eval("main table tbody tr", (trs) => trs.map((tr) => {
    const cells = [...tr.children].map((c) => c.textContent.trim());
    const number = (text) => Number(text.replace(/\D/g, ""));
    return { id: number(tr.querySelector("a").getAttribute("href").split("/").pop()), victims: number(cells[1]), countries: number(cells[2]) };
  }));
}

/// Downloads a CSV link with the page's session; its lines. A GET on a
/// kept-alive connection that the server closed as idle at that very
/// moment is reset (ECONNRESET): asked again once on a new connection, as
/// browsers do for an idempotent request.
async function csvOf(page, href) {
  let response;
  try {
    response = await page.request.get(`${base}${href}`);
  } catch (e) {
    if (!String(e).includes("ECONNRESET")) throw e;
    response = await page.request.get(`${base}${href}`, { headers: { connection: "close" } });
  }
  assert.equal(response.status(), 200, `${href} downloads`);
  assert.match(response.headers()["content-type"], /^text\/csv/, `${href} is CSV`);
  return (await response.text()).split(/\r?\n/).filter((line) => line !== "");
}

/// Opens the filters (a <details>, works without JavaScript too).
async function openFilters(page) {
  if ((await page.getAttribute("details.more-filters", "open")) === null) await page.click("details.more-filters summary");
  assert.ok(await page.isVisible("#status"), "the filters open");
}

/// The portal menu's entries: { href: label }.
async function menu(page) {
  return Object.fromEntries(await page.$$eval("header nav a", (as) => as.map((a) => [a.getAttribute("href"), a.textContent.trim()])));
}

/// The account's authority as the header names it ("name · role · authority").
async function headerAuthority(page) {
  return (await page.textContent("header .who")).split(" · ")[2]?.trim();
}

/// Fluent puts Unicode isolation marks around a name it fills in.
const unisolated = (text) => text.replace(/[\u2068\u2069]/g, "");

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

  test(`a lead switches its authority's case e-mails to a daily digest; its officer cannot`, async () => {
    const authority = AUTHORITIES.notices[i];

    // The authority's officer has no menu entry for it, finds no such page, and a posted choice is refused.
    const officer = await open(variant);
    await logIn(officer, variant, authority);
    assert.ok(!("/portal/notices" in (await menu(officer))), "an officer's menu has no case e-mails");
    const token = await officer.getAttribute("form.logout input[name=csrf_token]", "value");
    const shown = await officer.goto(`${base}/portal/notices`);
    assert.equal(shown.status(), 404);
    assert.equal(await officer.textContent("h1"), "Page not found");
    assert.equal(await officer.locator("input[name=mails]").count(), 0, "no choice to make");
    const posted = await officer.request.post(`${base}/portal/notices`, {
      form: { csrf_token: token, authority, mails: "digest" }, maxRedirects: 0,
    });
    assert.equal(posted.status(), 404, "the officer's choice is refused as for a page that is not there");
    await officer.context().close();

    // The lead: the page from the menu, for its own authority only, still one e-mail per case.
    const page = await open(variant);
    const lead = await enrol(page, `lead-${variant.suffix}`);
    await logIn(page, variant, lead);
    assert.match(await page.textContent("header .who"), /Lead officer/);
    const name = await headerAuthority(page);
    assert.ok(name, "the header names the lead's authority");
    assert.equal((await menu(page))["/portal/notices"], "Case e-mails");
    await go(page, "header nav a[href='/portal/notices']", /\/portal\/notices$/);
    assert.equal(await page.textContent("h1"), "Case e-mails");
    assert.equal(await page.getAttribute("header nav a[href='/portal/notices']", "aria-current"), "page");
    assert.equal(await page.locator("#authority-shown").count(), 0, "a lead chooses for its own authority only");
    assert.ok(unisolated(await page.textContent("main")).includes(name), `the page names ${name}`);
    assert.ok(await page.isChecked("#mails-each"), "an e-mail per case, as before the officer tried");
    assert.ok(!(await page.isChecked("#mails-digest")));
    await checkPage(page, variant, "notices");

    // The daily digest, chosen and saved with the form.
    await page.check("#mails-digest");
    await go(page, "form[action='/portal/notices'] button[type=submit]", new RegExp(`/portal/notices\\?authority=${authority}&saved=true$`));
    assert.equal((await page.textContent("main [role=status]")).trim(), "Saved.");
    assert.ok(await page.isChecked("#mails-digest"), "the digest is shown as chosen");
    assert.ok(!(await page.isChecked("#mails-each")));
    await checkPage(page, variant, "notices-saved");

    // Opened again from the menu, the page still shows the digest (and no longer says saved).
    await go(page, "header nav a[href='/portal/notices']", /\/portal\/notices$/);
    assert.ok(await page.isChecked("#mails-digest"), "the digest stays chosen");
    assert.equal(await page.locator("main [role=status]").count(), 0);
    await page.context().close();
  });

  test(`a coordinator finds an authority without an account among the unattended once a report goes to it; an officer cannot`, async () => {
    // An officer: no menu entry, and the page is not found. Its own authority has new cases and an account.
    const officer = await open(variant);
    await logIn(officer, variant, AUTHORITIES.unattended[i]);
    const attended = await headerAuthority(officer);
    assert.ok(attended, "the header names the officer's authority");
    assert.ok(((await statusCounts(officer))["New"]) > 0, "the officer's authority has new cases");
    assert.ok(!("/portal/unattended" in (await menu(officer))), "an officer's menu has no unattended cases");
    const shown = await officer.goto(`${base}/portal/unattended`);
    assert.equal(shown.status(), 404);
    assert.equal(await officer.textContent("h1"), "Page not found");
    assert.equal(await officer.locator("table").count(), 0, "no list of authorities");
    await officer.context().close();

    // A victim files a report that goes to an authority nobody has an account for.
    const day = new Date().toISOString().slice(0, 10);
    const victim = await open(variant);
    await victim.goto(`${base}/en/report`);
    await victim.selectOption("#residence_country", UNATTENDED_COUNTRIES[i]);
    await victim.check("#consent_authority");
    await go(victim, "button[type=submit]", /\/en\/case\/[0-9a-f]{48}$/);
    const reference = (await victim.textContent("#case-ref")).trim();
    assert.match(reference, REFERENCE);
    const unattended = (await victim.textContent(".authority-name strong")).trim();
    assert.ok(unattended, "the receipt names the authority");
    await victim.context().close();
    const dayAfter = new Date().toISOString().slice(0, 10);

    // The coordinator: the list from the menu, with that authority, its one new case and the day it came.
    const page = await open(variant);
    const coordinator = await enrol(page, `coordinator-${variant.suffix}`);
    await logIn(page, variant, coordinator);
    assert.match(await page.textContent("header .who"), /Coordinator/);
    assert.equal((await menu(page))["/portal/unattended"], "Unattended");
    await go(page, "header nav a[href='/portal/unattended']", /\/portal\/unattended$/);
    assert.equal(await page.textContent("h1"), "Unattended cases");
    const rows = await page.$$eval(".table-scroll tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const row = rows.find((r) => r[0] === unattended);
    assert.ok(row, `${unattended} is listed: ${rows.map((r) => r[0]).join(" | ")}`);
    assert.equal(row[2], "1 · Open these cases", "its one new case");
    assert.ok([day, dayAfter].includes(row[3]), `the oldest case came in today: ${row[3]}`);
    assert.ok(!rows.some((r) => r[0] === attended), `${attended} has an account and is not listed`);
    await checkPage(page, variant, "unattended");

    // Its link opens exactly that case in the queue.
    await go(page, `.table-scroll tbody tr:has(td:text-is("${unattended}")) a[href^='/portal/cases?']`, /\/portal\/cases\?authority=[a-z-]+&status=new$/);
    assert.deepEqual((await queueRows(page)).map((r) => [r.reference, r.status]), [[reference, "New"]]);
    await page.context().close();
  });

  test(`a coordinator ranks the clusters of linked reports and opens the network's, with its map and charts`, async () => {
    const page = await open(variant);
    const coordinator = await enrol(page, `overview-${variant.suffix}`);
    await logIn(page, variant, coordinator);
    assert.equal((await menu(page))["/portal/overview"], "Overview");
    await go(page, "header nav a[href='/portal/overview']", /\/portal\/overview$/);
    assert.equal(await page.textContent("h1"), "Linked cases across borders");
    assert.equal(await page.getAttribute("header nav a[href='/portal/overview']", "aria-current"), "page");

    // Ranked by victims at first: the clusters, most victims first.
    assert.equal(await page.inputValue("#rank"), "victims");
    const byVictims = await overviewRows(page);
    assert.ok(byVictims.length >= 5, `the demo's reports form clusters: ${byVictims.length}`);
    assert.ok(byVictims.every((r, k) => k === 0 || byVictims[k - 1].victims >= r.victims), "most victims first");
    await checkPage(page, variant, "overview");

    // Ranked by countries (the form works without JavaScript): the network, in the most countries, comes first.
    await page.selectOption("#rank", "countries");
    await go(page, "form.filters button[type=submit]", /\/portal\/overview\?rank=countries&currency=[A-Z]{3}$/);
    assert.equal(await page.inputValue("#rank"), "countries", "the ranking stays chosen");
    const byCountries = await overviewRows(page);
    assert.ok(byCountries.every((r, k) => k === 0 || byCountries[k - 1].countries >= r.countries), "most countries first");
    const [network] = byCountries;
    assert.ok(network.countries >= 6, `the network's victims live in many countries: ${network.countries}`);
    await checkPage(page, variant, "overview-countries");

    // The table as CSV, ranked the same way.
    const csvHref = await page.getAttribute("main a[href^='/portal/overview.csv']", "href");
    assert.match(csvHref, /rank=countries/);
    const csv = await csvOf(page, csvHref);
    assert.equal(csv.length, byCountries.length + 1, "a heading line and a line per cluster");

    // The network's own page: its facts, a map, bars and weeks, its tables.
    await go(page, `main tbody tr:first-child a`, new RegExp(`/portal/overview/clusters/${network.id}$`));
    assert.equal(await page.textContent("h1"), `Cluster ${network.id}`);
    const facts = Object.fromEntries(await page.$$eval("dl.facts dt", (dts) => dts.map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()])));
    assert.equal(Number(facts["Victims"]), network.victims);
    assert.equal(Number(facts["Countries"]), network.countries);

    const charts = await page.$$eval("main svg", (svgs) => svgs.map((svg) => ({
      kind: [...svg.classList].find((c) => c.startsWith("fr-chart-")),
      role: svg.getAttribute("role"),
      name: (svg.getAttribute("aria-labelledby") || "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim(),
      width: svg.getBoundingClientRect().width,
      height: svg.getBoundingClientRect().height,
    })));
    assert.deepEqual(charts.map((c) => c.kind), ["fr-chart-map", "fr-chart-bars", "fr-chart-weeks"]);
    for (const chart of charts) {
      assert.equal(chart.role, "img", `${chart.kind} is an image to assistive technology`);
      assert.ok(chart.name.length > 10, `${chart.kind} has an accessible name: ${chart.name}`);
      assert.ok(chart.width >= Math.min(300, variant.width - 40), `${chart.kind} uses the width (${chart.width} px)`);
      assert.ok(chart.height <= variant.height, `${chart.kind} fits in the window's height (${chart.height} px)`);
    }
    const map = await page.$$eval("svg.fr-chart-map path", (paths) => ({
      shapes: paths.length,
      shaded: paths.filter((p) => p.getAttribute("fill").toLowerCase() !== "#d4d4d4").map((p) => p.dataset.cc),
    }));
    assert.ok(map.shapes > 200, `the map draws the world's countries: ${map.shapes}`);
    assert.ok(map.shaded.length > 5, `the map shades the victims' countries: ${map.shaded}`);
    assert.ok(map.shaded.length <= network.countries, `only the victims' countries are shaded: ${map.shaded}`);
    const countries = await page.$$eval("section[aria-labelledby=countries-heading] tbody tr", (trs) => trs.length);
    assert.equal(countries, network.countries, "a row per country");
    assert.equal(await page.locator("svg.fr-chart-bars rect.fr-bar").count(), countries, "a bar per country");
    await checkPage(page, variant, "cluster");

    // Every table of the page downloads as CSV.
    const tables = await page.$$eval("main a[href$='.csv']", (as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(tables.map((href) => href.split("/").pop()),
      ["countries.csv", "losses.csv", "weeks.csv", "authorities.csv", "values.csv"]);
    assert.equal((await csvOf(page, tables[0])).length, countries + 1, "the countries' CSV has a line per country");
    for (const href of tables.slice(1)) assert.ok((await csvOf(page, href)).length >= 2, `${href} has lines`);
    await page.context().close();
  });

  test(`a coordinator marks a value "not linking", after a value not of its kind is explained at the field`, async () => {
    const page = await open(variant);
    const coordinator = await enrol(page, `linkage-${variant.suffix}`);
    await logIn(page, variant, coordinator);
    assert.equal((await menu(page))["/portal/linkage"], "Linking values");
    await go(page, "header nav a[href='/portal/linkage']", /\/portal\/linkage$/);
    assert.equal(await page.textContent("h1"), "Values that link cases, and those that do not");
    for (const heading of ["#mark-heading", "#marked-heading", "#common-heading", "#builtin-heading"]) {
      assert.ok(await page.isVisible(heading), `the page has ${heading}`);
    }
    assert.ok(await page.locator("section[aria-labelledby=builtin-heading] tbody tr").count() > 5, "the built-in list is shown");
    assert.equal(await page.inputValue("#kind"), "platform");
    assert.ok(await page.isChecked("#mark-not"), "not linking is the mark offered first");
    await checkPage(page, variant, "linkage");

    // A phone number that is none: refused at the field, the form kept as typed.
    await page.selectOption("#kind", { label: "Phone number (with its country code)" });
    await page.fill("#value", "abc");
    await page.check("#mark-not");
    await Promise.all([page.waitForLoadState("load"), page.click("form.portal-form button[type=submit]")]);
    assert.ok(await page.isVisible("#value-error"), "the problem is shown");
    assert.match(await page.textContent("#value-error"), /not a value of the kind chosen/);
    assert.equal(await page.$eval("#value-error", (p) => p.closest(".field")?.querySelector("#value") !== null), true, "next to the field");
    assert.equal(await page.getAttribute("#value", "aria-invalid"), "true");
    assert.equal(await page.getAttribute("#value", "aria-describedby"), "value-error");
    assert.equal(await page.inputValue("#value"), "abc", "the value is kept");
    assert.equal(await page.inputValue("#kind"), "phone", "the kind is kept");
    assert.ok(await page.isChecked("#mark-not"), "the mark is kept");
    assert.equal(await page.locator("main p.done").count(), 0, "nothing saved");
    await checkPage(page, variant, "linkage-error");

    // A platform name: saved, and listed among the marked values (normalised as reports' values are).
    const platform = `Browser Test Markets ${variant.suffix}`;
    await page.selectOption("#kind", "platform");
    await page.fill("#value", platform);
    await page.check("#mark-not");
    await go(page, "form.portal-form button[type=submit]", /\/portal\/linkage\?saved/);
    assert.match(await page.textContent("main p.done[role=status]"), /^Saved\./);
    const marked = await page.$$eval("section[aria-labelledby=marked-heading] tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const normalised = platform.toLowerCase().replace(/[^a-z0-9]/g, "");
    const row = marked.find((r) => r[1] === normalised);
    assert.ok(row, `${normalised} is listed: ${marked.map((r) => r[1]).join(" | ")}`);
    assert.deepEqual(row.slice(0, 3), ["Platform name", normalised, "Not linking"]);
    assert.equal(await page.inputValue("#value"), "", "the form is empty again");
    await checkPage(page, variant, "linkage-saved");
    await page.context().close();
  });

  test(`an officer sees which cases link to other reports, filters those linked abroad and opens one; the overview is not for it`, async () => {
    const page = await open(variant);
    await logIn(page, variant, AUTHORITIES.linked[i]);
    const entries = await menu(page);
    assert.ok(!("/portal/overview" in entries) && !("/portal/linkage" in entries), "an officer's menu has neither the overview nor linkage");
    for (const path of ["/portal/overview", "/portal/linkage", "/portal/overview/clusters/1"]) {
      assert.equal((await page.goto(`${base}${path}`)).status(), 404, `${path} is not found for an officer`);
    }

    await page.goto(`${base}/portal/cases`);
    const all = await queueRows(page);
    const linked = all.filter((r) => r.linked !== "");
    assert.ok(linked.length > 0, "some of the authority's cases link to other reports");
    assert.ok(linked.every((r) => /^\d+$/.test(r.linked)), `the column counts other reports: ${linked.map((r) => r.linked)}`);

    // Only the cases linked to reports from other countries: each linked, the network's among them.
    await openFilters(page);
    const abroad = page.getByLabel("Only cases linked to reports from other countries");
    assert.ok(!(await abroad.isChecked()));
    await abroad.check();
    await go(page, ".queue-filters button[type=submit]", /linked=abroad/);
    assert.ok(await page.getByLabel("Only cases linked to reports from other countries").isChecked(), "the filter stays chosen");
    const rows = await queueRows(page);
    assert.ok(rows.length > 0, "the network's case is linked abroad");
    assert.ok(rows.every((r) => r.linked !== ""), "only linked cases");
    const references = new Set(linked.map((r) => r.reference));
    if (all.length < 50) assert.ok(rows.every((r) => references.has(r.reference)), "the filter keeps some of the linked cases");
    await checkPage(page, variant, "queue-linked");

    // The case most linked: its section names the group and the shared values, with the authorities holding them.
    const most = rows.reduce((a, b) => (Number(b.linked) > Number(a.linked) ? b : a));
    await go(page, `table.queue a[href='/portal/cases/${most.reference}']`, new RegExp(`/portal/cases/${most.reference}$`));
    assert.ok(await page.isVisible("#linked"), "the case page has its linked reports");
    const section = page.locator("section[aria-labelledby=linked]");
    assert.match(await section.textContent(), new RegExp(`linked group of ${Number(most.linked) + 1} reports \\(including this one\\)`));
    const values = await section.locator("ul.linked > li").count();
    assert.ok(values > 0, "the values it shares are listed");
    assert.ok(await section.locator("table tbody tr").count() > 0, "with the authorities holding the other reports");
    await checkPage(page, variant, "case-linked");
    await page.context().close();
  });
})));
