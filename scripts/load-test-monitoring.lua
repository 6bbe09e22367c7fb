-- The monitoring page of the largest seed plan (Warwickshire 2017-19, with the demo year of monthly
-- actuals), anonymously: the plan is published.
local path = os.getenv("LOAD_MONITORING_PATH") or "/plans/warwickshire-2017-19/monitoring"

request = function()
  return wrk.format("GET", path)
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx or socket errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
