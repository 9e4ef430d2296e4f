#!/usr/bin/env bash
# Checks the deployment files without a Docker engine: the compose file resolves with
# .env.example, the proxy config parses, the SQL Server migration script generates, and the
# site publishes exactly as the Dockerfile publishes it. Exits non-zero on the first failure.
#   bash deploy/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "docker-compose.yml resolves with .env.example"
if docker compose version >/dev/null 2>&1; then
    docker compose --env-file .env.example config -q
    echo "ok (docker compose)"
elif command -v docker-compose >/dev/null 2>&1; then
    # Compose v1 checks interpolation and an older schema; the schema check below covers v2's.
    docker-compose --env-file .env.example config -q
    echo "ok (docker-compose v1: 'docker compose' is not installed here)"
else
    echo "skipped: neither 'docker compose' nor 'docker-compose' is installed"
fi

step "docker-compose.yml against the Compose Specification schema"
if command -v npx >/dev/null 2>&1; then
    # Errors only. The port rule is off: it cannot see that \${WEB_BIND} names the interface.
    npx --yes dclint@3.1.0 docker-compose.yml --quiet --disable-rule no-unbound-port-interfaces
    echo "ok (dclint)"
else
    echo "skipped: npx is not installed"
fi

step "deploy/nginx.conf parses"
if command -v nginx >/dev/null 2>&1; then
    # Wrapped as nginx.conf includes it: inside http {}, as conf.d/default.conf.
    mkdir -p "$tmp/nginx/logs"
    printf 'pid %s;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  include %s;\n}\n' \
        "$tmp/nginx/nginx.pid" "$PWD/deploy/nginx.conf" >"$tmp/nginx/nginx.conf"
    nginx -t -q -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf"
    echo "ok (nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'))"
else
    echo "skipped: nginx is not installed (apt-get install nginx-light to check it)"
fi

step "Dockerfile has the targets docker-compose.yml builds"
for target in web migrator; do
    grep -Eq "^FROM .+ AS $target\$" Dockerfile || fail "Dockerfile has no stage named $target"
done
echo "ok"

step "idempotent SQL Server migration script"
dotnet tool restore >/dev/null
script="$tmp/migrate.sql"
dotnet ef migrations script --idempotent --context SqlServerCareerDb \
    --project src/CareerPortal.Web --startup-project src/CareerPortal.Web -o "$script"
[ -s "$script" ] || fail "the migration script is empty"
guards="$(grep -c 'IF NOT EXISTS' "$script" || true)"
[ "$guards" -gt 0 ] || fail "the migration script has no IF NOT EXISTS guards"
echo "ok: $(wc -l <"$script") lines, $guards IF NOT EXISTS guards"

step "publish, as in the Dockerfile"
dotnet restore src/CareerPortal.Web/CareerPortal.Web.csproj
dotnet publish src/CareerPortal.Web/CareerPortal.Web.csproj -c Release -o "$tmp/publish" --no-restore
[ -f "$tmp/publish/CareerPortal.Web.dll" ] || fail "publish produced no CareerPortal.Web.dll"
echo "ok"

printf '\nAll deployment checks passed.\n'
