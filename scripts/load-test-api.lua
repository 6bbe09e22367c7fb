-- The API as a program reads it: summaries and metrics of the five seed plans, each request with
-- the Authorization header from LOAD_AUTHORIZATION (a Bearer token, or Basic). See load-test.
local plans = {
  "warwickshire-2014-16", "warwickshire-2017-19", "coventry-2014-16",
  "dorset-2015-16", "central-lancashire-2014-16"
}
local paths = {}
for _, id in ipairs(plans) do
  table.insert(paths, "/api/v1/plans/" .. id .. "/summary")
  table.insert(paths, "/api/v1/plans/" .. id .. "/metrics")
end
local authorization = os.getenv("LOAD_AUTHORIZATION")

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Authorization"] = authorization })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx or socket errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
