#!/usr/bin/env bash
# Measures Clubnight under load on this machine, as in BENCHMARKS.md. Needs
# redis-server. Every scenario runs the real binary against a real Redis;
# the load generator is the same binary (`clubnight load`) in its own process.
#
#   scripts/bench.sh            # everything (about 5 minutes)
#   scripts/bench.sh fanout     # one scenario: fanout sms storm stalled nights replicas memory
set -euo pipefail
cd "$(dirname "$0")/.."
only="${1:-all}"
work=$(mktemp -d)
bin="$work/clubnight"
go build -o "$bin" ./cmd/clubnight
rport=$((20000 + RANDOM % 10000))
redis-server --port "$rport" --bind 127.0.0.1 --save "" --appendonly yes --appendfsync everysec \
  --dir "$work" --daemonize yes --logfile "$work/redis.log" >/dev/null
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  redis-cli -p "$rport" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

token=bench-admin-token-0123456789
key=bench-kiosk-key-0123
twilio_token=benchtwilioauthtoken0123456789ab # letters and digits, as Twilio issues them
# start_hub PORT: a hub on the bench Redis. Twilio settings are set so the
# webhook checks real signatures; its API URL points at nothing, and the
# texts the benchmark sends (HERE, LEAVING) never text anyone.
start_hub() {
  REDIS_URL="redis://127.0.0.1:$rport/0" CLUBNIGHT_ADDR="127.0.0.1:$1" CLUBNIGHT_ADMIN_TOKEN=$token \
  CLUBNIGHT_KIOSK_KEY=$key CLUBNIGHT_SMS_RATE=100000/min PUBLIC_URL="http://127.0.0.1:$1" \
  TWILIO_ACCOUNT_SID=ACbench TWILIO_AUTH_TOKEN=$twilio_token TWILIO_FROM=+447700900000 \
  CLUBNIGHT_TWILIO_API_URL=http://127.0.0.1:9 "$bin" >"$work/hub-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do curl -sf "127.0.0.1:$1/readyz" >/dev/null && return; sleep 0.1; done
  echo "hub on $1 did not start"; cat "$work/hub-$1.log"; exit 1
}
# night HUB ID: import the fixture as night ID.
night() {
  sed "s/\"id\": \"2026-12-05\"/\"id\": \"$2\"/" testdata/night.json |
    curl -sf -X PUT -H "Authorization: Bearer $token" --data-binary @- "127.0.0.1:$1/api/nights/$2" >/dev/null
}
live() { curl -sf -X POST -H "Authorization: Bearer $token" "127.0.0.1:$1/api/nights/$2/live" >/dev/null; }
load() { "$bin" load -key $key -token $token "$@" 2>>"$work/load.err"; }
phones=+447700900101,+447700900102,+447700900103,+447700900104,+447700900105,+447700900106,+447700900107

A=$((rport + 1)); B=$((rport + 2))
start_hub $A
night $A 2026-12-05; live $A 2026-12-05

run() { [ "$only" = all ] || [ "$only" = "$1" ]; }

if run fanout; then
  for n in 100 1000 5000; do
    echo "== $n screens, 200 changes at 20/s through the JSON API"
    load -url "http://127.0.0.1:$A" -screens $n -changes 200 -rate 20
  done
fi
if run sms; then
  echo "== 1000 screens, 200 signed texts at 20/s through the SMS webhook"
  load -url "http://127.0.0.1:$A" -via sms -people $phones -twilio-token $twilio_token -screens 1000 -changes 200 -rate 20
  echo "== the webhook alone at 50 texts/s (10 screens)"
  load -url "http://127.0.0.1:$A" -via sms -people $phones -twilio-token $twilio_token -screens 10 -changes 500 -rate 50
  curl -s "127.0.0.1:$A/metrics" | grep -E '^clubnight_sms_webhook_seconds_(bucket\{le="0.0(1|25|5)"|count)'
fi
if run stalled; then
  echo "== 1000 screens, 5% stalled, 200 changes at 20/s"
  load -url "http://127.0.0.1:$A" -screens 1000 -changes 200 -rate 20 -stalled 0.05
fi
if run storm; then
  echo "== 2000 screens reconnecting at once after 50 missed changes"
  load -url "http://127.0.0.1:$A" -screens 2000 -reconnect-missed 50
fi
if run nights; then
  echo "== three nights at once: 3 x 333 screens, 3 x 20 changes/s"
  for id in night-a night-b night-c; do night $A $id; done
  loads=()
  for id in night-a night-b night-c; do
    load -url "http://127.0.0.1:$A" -night $id -screens 333 -changes 200 -rate 20 > "$work/$id.out" 2>&1 &
    loads+=($!)
  done
  for p in "${loads[@]}"; do wait "$p" || true; done
  for id in night-a night-b night-c; do echo "-- $id"; cat "$work/$id.out"; done
fi
if run replicas; then
  echo "== two hubs on one Redis: 1000 screens on hub A, 200 changes at 20/s sent to hub B"
  start_hub $B
  load -url "http://127.0.0.1:$A" -send-url "http://127.0.0.1:$B" -screens 1000 -changes 200 -rate 20
fi
if run memory; then
  echo "== memory: 10000 idle screens on a fresh hub"
  kill "${pids[0]}"; sleep 0.5
  start_hub $A
  load -url "http://127.0.0.1:$A" -screens 10000 -changes 1 -rate 20
fi
