-- wrk script: anonymous GETs that accept compression, and a JSON summary line at the end with
-- the percentiles wrk's own --latency output lacks (p95).
wrk.headers["Accept-Encoding"] = "gzip, br"
-- As a visitor's browser, so that each request is counted as a page view (insight/counting.py);
-- BENCH_AGENT names a program instead, whose requests are not counted.
wrk.headers["User-Agent"] = os.getenv("BENCH_AGENT")
  or "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
wrk.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
wrk.headers["Accept-Language"] = "nl-NL,nl;q=0.9,en;q=0.5"

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "socket_errors": %d, "http_errors": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
