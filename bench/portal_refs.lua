-- wrk script: GET one case page per request, cycling through the
-- references in $BENCH_REFS (one per line), with the session cookie.
local cookie = os.getenv("BENCH_COOKIE")
local refs = {}
for line in io.lines(os.getenv("BENCH_REFS")) do refs[#refs + 1] = line end
local i = 0

request = function()
  i = i % #refs + 1
  return wrk.format("GET", "/portal/cases/" .. refs[i], { ["Cookie"] = cookie })
end
