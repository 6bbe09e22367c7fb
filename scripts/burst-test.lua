-- Posts the largest bodies the statistics tools take, rotating over them (scripts/burst-test):
-- a 5,000-point control chart, 20,000 rows of rates, and 10 MiB of rows (past every row limit)
-- to spc-chart.svg and to compute. Counts the answers by status.
local bodies = {}
local counter = 0
counts = {}

init = function(args)
  local dir = args[1]
  local function read(name)
    local f = assert(io.open(dir .. "/" .. name, "rb"))
    local text = f:read("*a")
    f:close()
    return text
  end
  local chart, rates, huge = read("chart.csv"), read("rates.csv"), read("huge.csv")
  local csv = { ["Content-Type"] = "text/csv" }
  bodies = {
    wrk.format("POST", "/api/v1/metrics/spc-chart.svg", csv, chart),
    wrk.format("POST", "/api/v1/metrics/compute?metricType=rate", csv, rates),
    wrk.format("POST", "/api/v1/metrics/spc-chart.svg", csv, huge),
    wrk.format("POST", "/api/v1/metrics/compute?metricType=rate", csv, huge),
  }
end

request = function()
  counter = counter + 1
  return bodies[(counter % #bodies) + 1]
end

response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    table.insert(parts, status .. ": " .. n)
  end
  table.sort(parts)
  io.write(string.format("expensive: %d answers in %.0f s (%.1f/s), by status {%s}, socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    table.concat(parts, ", "),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
