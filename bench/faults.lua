-- wrk script for bench/faults.sh: the submissions of bench/submit.lua, plus
-- a record of every 303. Each thread writes the receipt secret of each
-- acknowledged report (the end of its Location header) to its own file, so
-- the script can look every acknowledged report up in the database
-- afterwards. The secrets belong to synthetic reports in a throw-away
-- database; nothing personal is written.
dofile(os.getenv("BENCH_DIR") .. "/submit.lua")

local base_setup = setup
local threads = {}

function setup(thread)
  base_setup(thread)
  table.insert(threads, thread)
  thread:set("thread_no", #threads)
end

local base_init = init
statuses = {}
local acked

function init(args)
  base_init(args)
  -- Two wrk processes started in the same second would draw the same
  -- submission ids (each seeds from the clock), and the second node would
  -- only find the first node's reports again: each node gets its own offset.
  math.randomseed(thread_seed + tonumber(os.getenv("FAULTS_SEED") or "0"))
  acked = io.open(string.format("%s/acked.%d", os.getenv("FAULTS_OUT"), thread_no), "w")
  acked:setvbuf("line")
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 303 then
    local location = headers["location"] or headers["Location"] or ""
    acked:write(location:match("/case/(%x+)$") or "?", "\n")
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, status .. "=" .. n) end
  table.sort(parts)
  io.write(string.format("statuses        %s\n", table.concat(parts, " ")))
  io.write(string.format("socket errors   %d\n", summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p99     %.2f ms, max %.2f ms\n", latency:percentile(99) / 1000,
    latency.max / 1000))
end
