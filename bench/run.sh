#!/usr/bin/env bash
# Load benchmark: publishes the site in Release, starts it on 127.0.0.1 with a fresh SQLite
# database seeded from content/, and measures each public page type with wrk against a
# baseline in the same run: a static file (/site.css), which Kestrel serves with no app work.
# Timings on a shared machine are noisy, so the result that matters is the ratio
# (page requests per second / static requests per second), not the absolute numbers.
#   bench/run.sh                 # 10 s per URL, 2 threads, 32 connections
#   DURATION=30s bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
port="${PORT:-5599}"
if ! command -v wrk >/dev/null; then
  echo "wrk is not installed (apt-get install wrk)" >&2
  exit 1
fi

root="$PWD"
work="$(mktemp -d)"
dotnet publish src/CareerPortal.Web/CareerPortal.Web.csproj -c Release -o "$work/app" >/dev/null
(
  cd "$work/app"
  # The server stops by itself after 10 minutes whatever happens to this script.
  timeout 600 env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Sqlite="Data Source=$work/bench.db" \
    Content__Path="$root/content" Serilog__MinimumLevel__Default=Warning \
    dotnet CareerPortal.Web.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1
) &
server=$!
trap 'kill $server 2>/dev/null; pkill -f "CareerPortal.Web.dll --urls http://127.0.0.1:$port" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the site did not start"; cat "$work/server.log"; exit 1; }

measure() { wrk -t2 -c"$connections" -d"$duration" "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ {print $2}'; }

baseline=$(measure /site.css)
printf '%-55s %12s %8s\n' "URL" "req/s" "ratio"
printf '%-55s %12s %8s\n' "/site.css (baseline)" "$baseline" "1.00"
for url in / /careers/it-project-manager /careers/it-project-manager/levels/mid \
           /careers/it-project-manager/guide/interview-preparation /skills/risk-management /certifications/pmp /tools; do
  rps=$(measure "$url")
  awk -v url="$url" -v rps="$rps" -v base="$baseline" 'BEGIN { printf "%-55s %12s %8.2f\n", url, rps, rps / base }'
done
