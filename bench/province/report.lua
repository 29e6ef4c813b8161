-- wrk: print the latency percentiles the targets name (wrk's own --latency table has no p95).
done = function(summary, latency, requests)
  io.write(string.format("requests %d  errors(connect/read/write/status/timeout) %d/%d/%d/%d/%d  duration %.1f s  req/s %.1f\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
