#!/usr/bin/env bash
# A bounded load test of the server mode on loopback: a fresh database on the test PostgreSQL
# (scripts/pg-test.sh), the corpus stored by one worker, then CLIENTS concurrent signed-in analysts each
# making REQUESTS requests (searches from the README's examples, with facets, and plan pages) while WORKERS
# `plans worker` processes ingest the print twins (scans, faxes, photos: OCR). Prints p50/p95/max latency and
# the error count (any status but 200). Also the ingest throughput: `scripts/server-load.sh throughput` times
# the scan twins ingested by 1, 2 and 4 workers, each OCRing one page at a time (THREADS=all: the default of
# one per core), and prints a Markdown table (wall and CPU time, per page, speed-up over the first count, and
# the workers' CPU time over wall time × cores: on a loaded machine a speed-up that follows that share is
# the scheduler giving more processes more time, not the queue spreading work).
#   scripts/server-load.sh [CLIENTS=20] [REQUESTS=25] [WORKERS=2]
#   scripts/server-load.sh throughput [FAMILY=scan] [THREADS=1] [COUNTS="1 2 4"]
# FAMILY may join families with "+" ("scan+fax", 8 files): the five scans are whole files of 2-4 pages taken in
# turn, so two workers can share them no better than 9 pages to 6 (at most 1.67x however well the cores scale).
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
root=$(scripts/pg-test.sh start)
dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
plans() { dotnet src/Cli/bin/Release/net10.0/plans.dll "$@"; }
work=$(mktemp -d)
pids=()
# plans is a function: a backgrounded call is a subshell whose child is dotnet, so stop the children first.
cleanup() { for p in "${pids[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
twins=tests/Analytics.Ingest.Tests/Fixtures/twins
# Not `nproc`: it honours OMP_THREAD_LIMIT, set above for Tesseract.
cores=$(getconf _NPROCESSORS_ONLN)

fresh_database() {
  local name=plans_load_$RANDOM$RANDOM
  psql -h 127.0.0.1 -p "${PLANS_PG_PORT:-55432}" -U plans -d postgres -qc "CREATE DATABASE $name" >/dev/null
  echo "${root/Database=plans/Database=$name}"
}

# One configuration: N workers, each OCRing THREADS pages at once, on a fresh database. Prints a table row
# (wall time, CPU seconds of every worker process together: the cost to plan with on a loaded machine).
throughput_row() {
  local n=$1 threads=$2 family=$3 pages=$4 t1=${5:-}
  export PLANS_SERVER=$(fresh_database)
  plans submit $(for f in ${family//+/ }; do echo "$twins/$f"; done) --files "$work/files-$n" >/dev/null
  local start end cpu stored
  start=$(date +%s.%N)
  # The subshell waits for its workers, so its children's CPU time (`times`, second line) is theirs.
  cpu=$( (for i in $(seq "$n"); do plans worker --files "$work/files-$n" --until-empty --name "w$i" ${threads:+--threads "$threads"} >"$work/w$n-$i.log" & done
         wait; times) | tail -n 1 | awk '{ split($1, u, "m"); split($2, s, "m"); print 60*u[1] + u[2] + 60*s[1] + s[2] }')
  end=$(date +%s.%N)
  stored=$(grep -ho 'stored ([0-9]* plans)' "$work"/w$n-*.log | grep -o '[0-9]*' | paste -sd+ | bc)
  awk -v n="$n" -v th="${threads:-all}" -v s="$start" -v e="$end" -v p="$pages" -v k="$stored" -v c="$cpu" -v t1="$t1" -v cores="$cores" \
    'BEGIN { t = e - s; printf "| %d | %s | %.1f s | %.2f s | %.1f | %s | %.1f s | %.2f s | %.0f %% | %d |\n", n, th, t, t/p, 60*p/t,
             t1 == "" ? "1.00" : sprintf("%.2f", t1/t), c, c/p, 100*c/(t*cores), k }'
}

if [ "${1:-}" = throughput ]; then
  family=${2:-scan}; threads=${3:-1}; counts=${4:-1 2 4}
  [ "$threads" = all ] && threads=
  pages=$(awk -F'\t' -v f="+$family+" 'NR>1 && index(f, "+" $2 "+") {s+=$4} END {print s}' "$twins/manifest.tsv")
  jobs=$(awk -F'\t' -v f="+$family+" 'NR>1 && index(f, "+" $2 "+")' "$twins/manifest.tsv" | wc -l)
  echo "ingest throughput: $family twins ($jobs files, $pages pages), --threads ${threads:-(default: one per core)}, $cores cores"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| workers | pages OCR'd at once each | wall time | wall per page | pages/min | speed-up | CPU time | CPU per page | share of the cores | plans stored |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  first=
  for n in $counts; do
    row=$(throughput_row "$n" "$threads" "$family" "$pages" "$first")
    echo "$row"
    [ -n "$first" ] || first=$(echo "$row" | awk -F'|' '{ gsub(/[ s]/, "", $4); print $4 }')
  done
  echo
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

clients=${1:-20}; requests=${2:-25}; workers=${3:-2}
export PLANS_SERVER=$(fresh_database)
mapfile -t corpus < <(find corpus -maxdepth 1 -type f \( -name '*.txt' -o -name '*.docx' -o -name '*.pdf' \) | sort)
plans submit "${corpus[@]}" --files "$work/files" >/dev/null
plans worker --files "$work/files" --until-empty >/dev/null
echo 'mật-khẩu-tải-thử' | plans user add tai-thu --role analyst >/dev/null
port=$((20000 + RANDOM % 20000))
plans serve --server "$PLANS_SERVER" --data "$work/node" --files "$work/files" --port "$port" >"$work/serve.log" 2>&1 & pids+=($!)
base=http://127.0.0.1:$port
for _ in $(seq 150); do curl -sf "$base/dang-nhap" >/dev/null && break; sleep 0.2; done
jar=$work/cookies
token=$(curl -s -c "$jar" -b "$jar" "$base/dang-nhap" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "ten=tai-thu" --data-urlencode "mat-khau=mật-khẩu-tải-thử" --data-urlencode "__RequestVerificationToken=$token" "$base/dang-nhap"
sources=$(curl -s -b "$jar" "$base/api/tim-kiem?q=*&kehoach=true" | grep -o '"source":"[^"]*"' | cut -d'"' -f4 | sort -u)
[ -n "$sources" ] || { echo "server-load: the signed-in search found nothing" >&2; exit 1; }
# The ingest load: the print twins, read by WORKERS workers while the clients search.
plans submit "$twins" --files "$work/files" >/dev/null
for i in $(seq "$workers"); do plans worker --files "$work/files" --until-empty --name "load$i" >"$work/worker$i.log" 2>&1 & pids+=($!); done
queries=("thu vien" "thư viện" '"phòng học"' "criterion:3.6" 'province:"Lào Cai"' "budget:>=1tỷ" "gap:thu-vien" "year:[2023 TO 2025]" "sân AND -bóng" "*")
mapfile -t plan_list <<<"$sources"
uri() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
client() {
  local c=$1
  for r in $(seq "$requests"); do
    if (( r % 5 == 0 )); then
      url="$base/ke-hoach?source=$(uri "${plan_list[$(( (c + r) % ${#plan_list[@]} ))]}")"
    else
      url="$base/?q=$(uri "${queries[$(( (c + r) % ${#queries[@]} ))]}")"
    fi
    curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$url"
  done
}
echo "load: $clients clients x $requests requests while $workers workers ingest $(find "$twins" -type f ! -name '*.tsv' ! -name '*.md' | wc -l) twin files; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in $(seq "$clients"); do client "$c" >"$work/client$c.log" & done
wait $(jobs -p | tail -n "$clients")
cat "$work"/client*.log | awk '{ if ($1 != 200) errors++; print $2 > "/dev/stderr" } END { printf "requests: %d, errors: %d\n", NR, errors+0 }' 2>"$work/times"
sort -n "$work/times" | awk '{ t[NR] = $1 } END { printf "latency: p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", 1000*t[int(NR*0.5)], 1000*t[int(NR*0.95)], 1000*t[NR] }'
echo "jobs done while the clients ran: $(grep -c ': job ' "$work"/worker*.log | awk -F: '{s+=$2} END {print s}'); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
