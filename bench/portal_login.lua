-- wrk script: POST the password step of the portal login, with the right
-- password ($BENCH_PASSWORD) or, for the flood, a wrong one.
local body = "csrf_token=" .. os.getenv("BENCH_CSRF_TOKEN")
  .. "&email=" .. os.getenv("BENCH_EMAIL")
  .. "&password=" .. os.getenv("BENCH_PASSWORD")
local cookie = os.getenv("BENCH_COOKIE")

request = function()
  return wrk.format("POST", "/portal/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end
