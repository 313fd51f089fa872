-- GET /payments/client/invoice/{id} over the seeded invoices with a real bearer token.
-- BENCH_IDS names a file with one "id etag" pair per line; BENCH_TOKEN is the client's API token;
-- BENCH_PREFIX (optional) goes before the path (a prototype's route that reads every invoice from PostgreSQL).
package.path = package.path .. ";bench/lua/?.lua"
require "report"

local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  ids[#ids + 1] = line:match("^(%S+)")
end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Accept"] = "application/json" }
local prefix = os.getenv("BENCH_PREFIX") or ""
local i = math.random(#ids)

function request()
  i = i % #ids + 1
  return wrk.format("GET", prefix .. "/payments/client/invoice/" .. ids[i], headers)
end

done = report
