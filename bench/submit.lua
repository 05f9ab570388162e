-- wrk script: concurrent form submissions. bench/run.py sets BENCH_PATH, BENCH_COOKIE and
-- BENCH_BODIES, a file with one urlencoded submission per line (each with its own fill-in token
-- and e-mail address). wrk's threads take alternate lines. The summary line comes from report.lua.
local path = os.getenv("BENCH_PATH")
dofile("bench/report.lua")
local threads = 0

setup = function(thread)
  thread:set("id", threads)
  threads = threads + 1
end

init = function(args)
  bodies = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_BODIES")) do
    if n % 2 == id then
      bodies[#bodies + 1] = line
    end
    n = n + 1
  end
  next_body = 0
end

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = os.getenv("BENCH_COOKIE"),
  }, bodies[next_body])
end
