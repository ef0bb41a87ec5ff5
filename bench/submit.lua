-- wrk script: valid report submissions, each with its own submission id
-- (minted by the service for the benchmark's cookie: bench/ids.lua collected
-- them, one file per thread, so no two threads send the same id), carrying
-- the CSRF cookie and token fetched by bench/run.sh. When a thread runs out
-- of ids it stops sending: a repeated id would be deduplicated and make the
-- figures look better than they are.
local csrf_cookie = os.getenv("BENCH_CSRF_COOKIE")
local csrf_token = os.getenv("BENCH_CSRF_TOKEN")
local dir = os.getenv("BENCH_IDS_DIR")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
  thread:set("thread_seed", os.time() + 7919 * threads)
end

function init(args)
  math.randomseed(thread_seed)
  ids = {}
  for line in io.lines(dir .. "/ids." .. index) do ids[#ids + 1] = line end
  next_id = 1
end

local function hex(n)
  local t = {}
  for i = 1, n do t[i] = string.format("%02x", math.random(0, 255)) end
  return table.concat(t)
end

local fields = table.concat({
  "contact_phone=%2B372+5123+4567",
  "residence_country=EE",
  "first_contact_channel=social-media",
  "first_contact_date=2024-03-31",
  "caller_names=Anna+Smith",
  "scam_phones=%2B44+20+7946+0000",
  "remote_access=yes",
  "payment-0-date=2024-04-02",
  "payment-0-amount=1500%2C50",
  "payment-0-currency=EUR",
  "payment-0-method=bank-transfer",
  "payment-0-destination=DE89+3704+0044+0532+0130+00",
  "payment-1-date=2024-04-20",
  "payment-1-amount=2500",
  "payment-1-currency=EUR",
  "payment-1-method=crypto",
  "payment-1-destination=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
  "recovery_approach=no",
  "story=They+called+me+every+day+and+promised+guaranteed+profits.",
  "consent_authority=yes",
  "consent_warnings=yes",
  "csrf_token=" .. csrf_token,
}, "&")

function request()
  local id = ids[next_id]
  if id == nil then
    wrk.thread:stop()
    return wrk.format("GET", "/healthz")
  end
  next_id = next_id + 1
  -- A victim of its own each time, as in life: one address would soon hit
  -- the per-recipient daily limit and leave the worker idle.
  -- The fraud's platform, site and address drawn from a few thousand, so
  -- that reports keep linking into clusters that grow and merge (the
  -- account, wallet and number above, in every report, soon become too
  -- common to link).
  local platform = math.random(1, 3000)
  local site = math.random(1, 3000)
  local body = fields .. "&submission_id=" .. id .. "&contact_email=victim-" .. hex(6) .. "%40example.org"
    .. "&platform_name=Bench+Markets+" .. platform
    .. "&websites=https%3A%2F%2Fwww.bench-" .. site .. ".example"
    .. "&scam_emails=desk%40bench-" .. math.random(1, 3000) .. ".example"
  return wrk.format("POST", "/en/report", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "csrf=" .. csrf_cookie,
  }, body)
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("requests        %d\n", summary.requests))
  io.write(string.format("failed          %d (non-3xx %d, socket %d)\n", failed, summary.errors.status,
    failed - summary.errors.status))
  io.write(string.format("accepted/s      %.0f\n", (summary.requests - failed) / seconds))
  io.write(string.format("latency p50     %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("latency p99     %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("latency max     %.2f ms\n", latency.max / 1000))
end
