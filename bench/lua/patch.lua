-- PATCH /payments/client/invoice/{id} with If-Match, alternating who bears the card fee.
-- Each wrk thread owns a disjoint slice of the invoices and tracks their ETags from the responses,
-- so every If-Match is current unless the server loses or reorders a write (then 412s show up). An invoice
-- is not sent again while a PATCH of it is in flight (the invoice id rides as X-Request-Id, which the server
-- echoes), or a slow answer would make the next If-Match stale on the client's side. BENCH_PREFIX (optional)
-- goes before the path (a prototype's route that reads every invoice from PostgreSQL).
package.path = package.path .. ";bench/lua/?.lua"
require "report"

local next_thread = 0
function setup(thread)
  thread:set("slice", next_thread)
  next_thread = next_thread + 1
end

local mine, etags, flips, busy = {}, {}, {}, {}
local pos = 0
local prefix = os.getenv("BENCH_PREFIX") or ""
local headers = {
  ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
  ["Accept"] = "application/json",
  ["Content-Type"] = "application/json",
}
local bodies = { '{"creditFeeHandling":{"clientPays":50}}', '{"creditFeeHandling":{"clientPays":100}}' }

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
  local n = 0
  for line in io.lines(os.getenv("BENCH_IDS")) do
    local id, etag = line:match("^(%S+)%s+(%S+)")
    if n % threads == slice then
      mine[#mine + 1] = id
      etags[id] = etag
      flips[id] = 0
    end
    n = n + 1
  end
end

function request()
  repeat
    pos = pos % #mine + 1
  until not busy[mine[pos]]
  local id = mine[pos]
  busy[id] = true
  flips[id] = 1 - flips[id]
  headers["If-Match"] = etags[id]
  headers["X-Request-Id"] = id
  return wrk.format("PATCH", prefix .. "/payments/client/invoice/" .. id, headers, bodies[flips[id] + 1])
end

function response(status, resp_headers, body)
  local id = resp_headers["X-Request-Id"] or resp_headers["x-request-id"]
  if id then busy[id] = nil end
  if status == 200 then
    local etag = resp_headers["ETag"] or resp_headers["Etag"] or resp_headers["etag"]
    if id and etag and etags[id] then etags[id] = etag end
  elseif status == 412 and id and etags[id] then
    -- Counted as a non-2xx answer; the next PATCH of this invoice uses the ETag the 412 names.
    local current = body:match('current ETag is \\"(%d+)\\"')
    if current then etags[id] = '"' .. current .. '"' end
  end
end

done = report
