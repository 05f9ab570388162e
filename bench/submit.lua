-- wrk script: concurrent form submissions. bench/run.py sets BENCH_PATH, BENCH_BODY (urlencoded,
-- with NNN where each submission needs a unique value, e.g. its e-mail address) and BENCH_COOKIE.
-- The summary line comes from report.lua.
local path = os.getenv("BENCH_PATH")
dofile("bench/report.lua")
local template = os.getenv("BENCH_BODY")
local threads = 0
local counter = 0

setup = function(thread)
  thread:set("id", threads)
  threads = threads + 1
end

request = function()
  counter = counter + 1
  local body = string.gsub(template, "NNN", id .. "x" .. counter)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = os.getenv("BENCH_COOKIE"),
  }, body)
end
