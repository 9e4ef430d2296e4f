#!/usr/bin/env bash
# Load benchmark (bench/README.md). Publishes the site in Release, runs it in Production on
# 127.0.0.1 with a fresh SQLite database seeded from content/, and measures with wrk against nginx
# serving the very same bytes from disk: the limit a cached page is held to. Rounds are
# interleaved (app, nginx, app, nginx...) and medians printed, because the machine is shared.
#   bench/run.sh                          # 5 s per measurement, 3 rounds, 64 connections
#   DURATION=10s ROUNDS=5 bench/run.sh
#   bench/run.sh --short                  # CI: 1 s, 1 round, 1 and 100 career paths
# wrk and nginx come from Debian's packages (wrk, nginx-light): installed when run as root,
# otherwise required. Everything listens on 127.0.0.1, stops when the script ends, and is
# killed after TIME_LIMIT seconds (default 1500) whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

duration="${DURATION:-5s}"
rounds="${ROUNDS:-3}"
connections="${CONNECTIONS:-64}"
sizes="${SIZES:-1 100 1000}"
time_limit="${TIME_LIMIT:-1500}"
if [ "${1:-}" = "--short" ]; then
  duration=1s rounds=1 sizes="1 100" time_limit=900
fi
career=/careers/it-project-manager

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
  else
    echo "bench needs wrk and nginx (as root: apt-get install wrk nginx-light)" >&2
    exit 1
  fi
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
app_port=$(free_port)
nginx_port=$(free_port)
work=$(mktemp -d)
app_pid="" nginx_pid=""
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
cleanup() { stop_app; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
# The whole run is bounded: a watchdog ends this script (and so, through the trap, what it started).
# Its output goes nowhere: a sleeping watchdog that held this script's stdout would keep a reader
# (BenchScriptTests) waiting for the end of the output long after the script is done.
( sleep "$time_limit"; kill -TERM $$ ) >/dev/null 2>&1 &
watchdog=$!
trap 'pkill -P $watchdog 2>/dev/null; kill $watchdog 2>/dev/null; cleanup' EXIT

echo "publishing (Release)..." >&2
dotnet publish src/CareerPortal.Web/CareerPortal.Web.csproj -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }

app_env=(env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Sqlite=Data Source=$work/bench.db" "Content__Path=$root/content")
start_app() { # sets started_ms: milliseconds from process start to the first 200 of the career page
  local started now
  started=$(date +%s%N)
  # exec all the way down: $! is the dotnet process itself (its peak memory is read from /proc).
  (cd "$work/app" && exec "${app_env[@]}" dotnet CareerPortal.Web.dll --urls "http://127.0.0.1:$app_port" >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 3000); do
    if curl -fso /dev/null "http://127.0.0.1:$app_port$career"; then
      now=$(date +%s%N); started_ms=$(((now - started) / 1000000)); return
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.01
  done
  echo "the site did not start:" >&2; tail -40 "$work/app.log" >&2; exit 1
}
generate() { (cd "$work/app" && "${app_env[@]}" dotnet CareerPortal.Web.dll generate "$1" >>"$work/app.log" 2>&1); }
peak_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$app_pid/status"; }

# wrk: "label<TAB>req/s<TAB>p50 ms<TAB>p99 ms" appended to results.tsv
measure() { # measure LABEL URL [wrk options...]
  local label=$1 url=$2; shift 2
  wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "$@" "$url" >"$work/wrk.out" 2>&1 || { cat "$work/wrk.out" >&2; exit 1; }
  python3 - "$label" "$work/wrk.out" >>"$work/results.tsv" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def percentile(p):
    found = re.search(rf"^\s+{p}%\s+(\S+)", text, re.M)
    return ms(found.group(1)) if found else float("nan")
p50, p99 = percentile(50), percentile(99)
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors:
    sys.exit(f"{sys.argv[1]}: {errors.group(1)} responses were not 2xx/3xx")
print(f"{sys.argv[1]}\t{rps:.0f}\t{p50:.2f}\t{p99:.2f}")
PY
}

echo "first start (migrations and import)..." >&2
start_app
stop_app
start_app   # on the migrated database
first_200=$started_ms
app="http://127.0.0.1:$app_port"

# The same bytes for nginx: the cached page as the app sends it, identity and Brotli.
mkdir -p "$work/www"
chmod 755 "$work" "$work/www"   # nginx's workers run as an unprivileged user
curl -fs "$app$career" -o "$work/www/page.html"
curl -fs -H "Accept-Encoding: br" "$app$career" -o "$work/www/page.html.br"
curl -fs -D - -o /dev/null -H "Accept-Encoding: br" "$app$career" | grep -qi '^content-encoding: br' || { echo "the app did not answer br" >&2; exit 1; }
curl -fs -D - -o /dev/null "$app$career" | grep -qi '^age:' || { echo "the career page is not served from the output cache" >&2; exit 1; }
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body; proxy_temp_path $work/nginx-proxy; fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi; scgi_temp_path $work/nginx-scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location = /page { default_type "text/html; charset=utf-8"; try_files /page.html =404; }
    location = /page-br { default_type "text/html; charset=utf-8"; add_header Content-Encoding br; add_header Vary Accept-Encoding; try_files /page.html.br =404; }
  }
}
EOF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
nginx="http://127.0.0.1:$nginx_port"
for _ in $(seq 100); do curl -fso /dev/null "$nginx/page" && break; sleep 0.05; done
cmp -s <(curl -fs "$nginx/page") "$work/www/page.html" || { echo "nginx does not serve the page:" >&2; cat "$work/nginx-error.log" >&2; exit 1; }

# An Authorization header makes the output cache neither serve nor store (its default policy),
# so "uncached" is the full render of every request, with no setting changed.
uncached=(-H "Authorization: bench")
cat >"$work/search.lua" <<'EOF'
-- Words of the shipped guide (none in the generated filler): the results stay the same as paths
-- are added, so what grows is only what the search has to look through.
local words = {"stakeholder", "risk", "scrum", "budget", "agile", "vendor", "schedule", "governance", "pmp", "quality"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/search?q=" .. words[n % #words + 1], {["Authorization"] = "bench"})
end
EOF

echo "measuring: $rounds interleaved rounds of $duration, $connections connections..." >&2
for round in $(seq "$rounds"); do
  measure "cached identity app" "$app$career"
  measure "cached identity nginx" "$nginx/page"
  measure "cached br app" "$app$career" -H "Accept-Encoding: br"
  measure "cached br nginx" "$nginx/page-br" -H "Accept-Encoding: br"
  measure "uncached app" "$app$career" "${uncached[@]}"
  measure "uncached nginx" "$nginx/page"
done
peak_cached=$(peak_mb)

shipped=$(find content/careers -mindepth 1 -maxdepth 1 -type d | wc -l)
have=$shipped
starts=""
for size in $sizes; do
  if [ "$size" -gt "$have" ]; then
    stop_app
    generate $((size - have))
    have=$size
    start_app
    starts="$starts $started_ms"
  fi
  for round in $(seq "$rounds"); do
    measure "uncached page @$size" "$app$career" "${uncached[@]}"
    measure "search @$size" "$app" -s "$work/search.lua"
  done
done
peak_growth=$(peak_mb)
stop_app

python3 - "$work/results.tsv" <<PY
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, rps, p50, p99 = line.rstrip("\n").split("\t")
    rows.setdefault(label, []).append((float(rps), float(p50), float(p99)))
def med(label, i): return statistics.median(r[i] for r in rows[label]) if label in rows else float("nan")
def times(a, b): return f"{a / b:.2f}x" if b else "n/a (no request completed)"
print("Date: $(date -u '+%Y-%m-%d %H:%M UTC')  Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")")
print("Command: bench/run.sh ${1:-}  (wrk -t2 -c$connections -d$duration --latency, $rounds interleaved rounds, medians)")
print()
print("| What | req/s | p50 ms | p99 ms | vs nginx |")
print("|---|---:|---:|---:|---:|")
for what, ours, theirs in [("Cached career page, identity", "cached identity app", "cached identity nginx"),
                           ("Cached career page, br", "cached br app", "cached br nginx"),
                           ("Uncached career page (every request rendered)", "uncached app", "uncached nginx")]:
    for label, name in [(theirs, "nginx, same bytes from disk"), (ours, "app")]:
        ratio = times(med(ours, 0), med(theirs, 0)) if label == ours else ""
        print(f"| {what}: {name} | {med(label, 0):.0f} | {med(label, 1):.2f} | {med(label, 2):.2f} | {ratio} |")
print()
sizes = "$sizes".split()
print("| Career paths | uncached page req/s | page p50 ms | search req/s | search p50 ms | search p99 ms | page cost vs first | search cost vs first |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for size in sizes:
    page, search = f"uncached page @{size}", f"search @{size}"
    first_page, first_search = f"uncached page @{sizes[0]}", f"search @{sizes[0]}"
    print(f"| {size if size != sizes[0] else '$shipped (shipped content)'} | {med(page, 0):.0f} | {med(page, 1):.2f} | {med(search, 0):.0f} | {med(search, 1):.2f} | {med(search, 2):.2f} "
          f"| {times(med(first_page, 0), med(page, 0))} | {times(med(first_search, 0), med(search, 0))} |")
print()
print("Peak working set (VmHWM): $peak_cached MB after the cached/uncached runs, $peak_growth MB after the largest size.")
print("Start to first 200 of the career page on a migrated database: $first_200 ms (after generating:${starts:- none} ms).")
PY
