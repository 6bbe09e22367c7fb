-- Signed-in people reading plan overview pages: each request carries one of the 50 session cookies
-- in LOAD_SESSIONS (space-separated), in turn. See load-test.
local plans = {
  "warwickshire-2014-16", "warwickshire-2017-19", "coventry-2014-16",
  "dorset-2015-16", "central-lancashire-2014-16"
}
local sessions = {}
for s in string.gmatch(os.getenv("LOAD_SESSIONS") or "", "%S+") do
  table.insert(sessions, s)
end

local counter = 0
request = function()
  counter = counter + 1
  local path = "/plans/" .. plans[(counter % #plans) + 1]
  local cookie = "SESSION=" .. sessions[(counter % #sessions) + 1]
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx or socket errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
