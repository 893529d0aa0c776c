-- wrk script: POST the deal in $REPRISE_DEAL_JSON (default /tmp/reprise-example.json) to /api/run
-- and print the latency percentiles and every kind of error at the end.
local path = os.getenv("REPRISE_DEAL_JSON") or "/tmp/reprise-example.json"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, e.connect, e.read, e.write, e.status, e.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%g %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
