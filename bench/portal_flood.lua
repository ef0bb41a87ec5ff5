-- wrk script: a distributed flood of wrong logins — every request from
-- another client (X-Forwarded-For, believed from 127.0.0.1 in
-- bench/portal.sh) for another unknown account, so neither throttle
-- applies and each one costs a full password hash.
local token = os.getenv("BENCH_CSRF_TOKEN")
local cookie = os.getenv("BENCH_COOKIE")
local n = 0

request = function()
  n = n + 1
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  local body = "csrf_token=" .. token .. "&email=nobody" .. n .. "%40example.org&password=wrong-password-" .. n
  return wrk.format("POST", "/portal/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-For"] = ip,
  }, body)
end
