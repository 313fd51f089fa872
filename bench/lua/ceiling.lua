-- The ceiling: the same server process writing prebuilt ClientInvoice bytes, no auth, no database.
package.path = package.path .. ";bench/lua/?.lua"
require "report"
done = report
