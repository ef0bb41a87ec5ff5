-- wrk script, first phase of the intake benchmark: opens the form with the
-- benchmark's CSRF cookie and keeps each submission id the service minted
-- for that cookie (ids are bound to the browser's cookie, so they cannot be
-- made up), one file per wrk thread under BENCH_IDS_DIR.
local csrf_cookie = os.getenv("BENCH_CSRF_COOKIE")
local dir = os.getenv("BENCH_IDS_DIR")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

function init(args)
  out = io.open(dir .. "/ids." .. index, "w")
end

function request()
  return wrk.format("GET", "/en/report", { ["Cookie"] = "csrf=" .. csrf_cookie })
end

function response(status, headers, body)
  local id = body:match('name="submission_id" value="(%x+)"')
  if id then
    out:write(id, "\n")
    out:flush()
  end
end
