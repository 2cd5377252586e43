#!/usr/bin/env bash
# Times the first 20 search pages a freshly started workspace answers, each a query the workspace's own
# warm-up does not make. usage: first-searches.sh DATA [PLANS_DLL] [SETTLE_SECONDS]
# DATA holds records and an index (e.g. benchmarks' --write-store, then `plans index`); SETTLE_SECONDS is
# how long after the workspace answers that the first search is sent (default 15).
set -uo pipefail
data=$1
dll=${2:-src/Cli/bin/Release/net10.0/plans.dll}
settle=${3:-15}
port=${PORT:-5091}
dotnet "$dll" serve --data "$data" --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/upload" && break; sleep 0.5; done
sleep "$settle"
queries=("phòng máy tính" "nha da nang" "\"bếp ăn bán trú\"" "province:\"Hải Phòng\" thư viện"
  "level:mam-non đồ chơi ngoài trời" "gap:ve-sinh-nuoc" "budget:[500000000 TO *] sân" "cong truong"
  "criterion:1.4 tập huấn" "tuong rao" "district:\"Lê Chân\" phòng học" "mai che san truong"
  "year:2025 bàn ghế" "\"nhà vệ sinh\" cải tạo" "level:thpt phòng thí nghiệm" "giáo viên tiếng Anh"
  "hệ thống cấp nước" "standard:2 bồi dưỡng" "cay xanh bong mat" "thiết bị dạy học tối thiểu")
times=()
for q in "${queries[@]}"; do
  times+=("$(curl -s -o /dev/null -w '%{time_total}' -G --data-urlencode "q=$q" "http://127.0.0.1:$port/")")
done
printf 'ms per page, in order (load %s):' "$(cut -d' ' -f1 /proc/loadavg)"
for t in "${times[@]}"; do awk -v t="$t" 'BEGIN { printf " %.0f", t * 1000 }'; done
echo
