-- wrk script: anonymous GETs that accept compression, and a JSON summary line at the end with
-- the percentiles wrk's own --latency output lacks (p95).
wrk.headers["Accept-Encoding"] = "gzip, br"

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "socket_errors": %d, "http_errors": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
