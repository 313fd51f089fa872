-- PATCH /payments/client/invoice/{id} with If-Match, alternating who bears the card fee.
-- Each wrk thread owns a disjoint slice of the invoices and tracks their ETags from the responses,
-- so every If-Match is current unless the server loses or reorders a write (then 412s show up).
package.path = package.path .. ";bench/lua/?.lua"
require "report"

local next_thread = 0
function setup(thread)
  thread:set("slice", next_thread)
  next_thread = next_thread + 1
end

local mine, etags, flips = {}, {}, {}
local pos = 0
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
  pos = pos % #mine + 1
  local id = mine[pos]
  flips[id] = 1 - flips[id]
  headers["If-Match"] = etags[id]
  return wrk.format("PATCH", "/payments/client/invoice/" .. id, headers, bodies[flips[id] + 1])
end

function response(status, resp_headers, body)
  if status == 200 then
    local id = body:match('"invoiceId"%s*:%s*"([^"]+)"')
    local etag = resp_headers["ETag"] or resp_headers["Etag"] or resp_headers["etag"]
    if id and etag and etags[id] then etags[id] = etag end
  end
end

done = report
