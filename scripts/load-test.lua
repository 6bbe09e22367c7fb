-- Rotates over plan overview pages, the plan list and API summaries of the five seed plans.
local plans = {
  "warwickshire-2014-16", "warwickshire-2017-19", "coventry-2014-16",
  "dorset-2015-16", "central-lancashire-2014-16"
}
local paths = {}
for _, id in ipairs(plans) do
  table.insert(paths, "/plans/" .. id)
  table.insert(paths, "/api/v1/plans/" .. id .. "/summary")
end
table.insert(paths, "/plans")
table.insert(paths, "/api/v1/plans")

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
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
