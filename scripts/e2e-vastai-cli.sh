#!/usr/bin/env bash
# End-to-end: runs the official Vast CLI (unchanged, ../shared/tools/vastai or $VASTAI_CLI) against
# `vastlaunch sim` for search, create, show instances (table and --raw), show instance, ssh-url, scp-url,
# stop, start, reboot, label, logs, show user and destroy (single and bulk forms), fails on any Python
# traceback or failed command, and checks the results against what vastlaunch's own one-shot commands report.
# Skips (exit 0) only when the CLI file does not exist; missing Python packages are a failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${VASTAI_CLI:-$root/../shared/tools/vastai}"
if [ ! -e "$cli" ]; then
  echo "e2e-vastai-cli: SKIPPED: the official CLI is not at $cli (set VASTAI_CLI to run this check)"
  exit 0
fi
if ! /usr/bin/python3 -c 'import requests, rich, dateutil' 2>/dev/null; then
  echo "e2e-vastai-cli FAILED: /usr/bin/python3 lacks requests, rich or dateutil" \
    "(apt-get install -y python3-requests python3-rich python3-dateutil; .ci/run does this)" >&2
  exit 1
fi
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests

work="$(mktemp -d)"
sim_pid=""
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
  XDG_STATE_HOME="$work/home/.state" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
unset VAST_URL VAST_API_KEY

port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
key="e2e-cli-key-$$"
url="http://127.0.0.1:$port"
java -jar "$jar" sim --port "$port" --key "$key" --loading-ms 300 --running-ms 1200 > "$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 150); do
  grep -q 'listening on' "$work/sim.log" 2>/dev/null && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.log" >&2; echo "e2e-vastai-cli FAILED: sim exited" >&2; exit 1; }
  sleep 0.1
done
grep -q 'listening on' "$work/sim.log" || { echo "e2e-vastai-cli FAILED: sim did not start" >&2; exit 1; }

fail() { echo "e2e-vastai-cli FAILED: $*" >&2; exit 1; }
n=0
# vast ARGS...: runs the official CLI; its stdout+stderr land in $out; fails on a nonzero exit or a traceback.
vast() {
  n=$((n + 1))
  out="$work/out.$n"
  if ! COLUMNS=250 NO_COLOR=1 VAST_URL="$url" VAST_API_KEY="$key" "$cli" "$@" > "$out" 2>&1 < /dev/null; then
    cat "$out" >&2; fail "vastai $* exited nonzero"
  fi
  if grep -q 'Traceback\|Error:\|Failed with error' "$out"; then cat "$out" >&2; fail "vastai $* printed an error"; fi
}
# vl ARGS...: runs vastlaunch's own one-shot command against the same simulator; stdout only.
vl() { VAST_API_KEY="$key" java -jar "$jar" --url "$url" "$@" < /dev/null; }
# json EXPR: evaluates a Python expression over the JSON in $out, bound to `d`.
json() { /usr/bin/python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print($1)" "$out"; }
expect() { grep -q -- "$1" "$out" || { cat "$out" >&2; fail "expected '$1' from: $2"; }; }
same() { [ "$1" = "$2" ] || fail "$3: official CLI says '$1', vastlaunch says '$2'"; }
status_of() { vast show instance "$1" --raw; json 'd["actual_status"]'; }
wait_status() {
  local id="$1" want="$2" s=""
  for _ in $(seq 1 50); do
    s="$(status_of "$id")"
    [ "$s" = "$want" ] && return 0
    sleep 0.2
  done
  fail "instance $id did not reach $want (last: $s)"
}

# search offers: table and --raw; vastlaunch finds the same cheapest offer for the same query.
query='gpu_name=RTX_4090 num_gpus=1 verified=true rentable=true'
vast search offers "$query" -o dph
expect 'RTX_4090' 'search offers (table)'
vast search offers "$query" -o dph --raw
offer_a="$(json 'd[0]["id"]')"
offer_b="$(json 'd[1]["id"]')"
vl search offers "$query" -o dph --raw > "$work/vl.search"
vl_first="$(/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); d = d["offers"] if isinstance(d, dict) else d; print(d[0]["id"])' "$work/vl.search")"
same "$offer_a" "$vl_first" "cheapest offer for '$query'"
echo "e2e-vastai-cli: search ok (offers $offer_a, $offer_b)"

# create instance: one direct ssh instance with a label, one proxy instance.
vast create instance "$offer_a" --image ubuntu:22.04 --disk 16 --ssh --direct --label e2e-one --raw
id_a="$(json 'd["new_contract"]')"
vast create instance "$offer_b" --image ubuntu:22.04 --disk 12 --ssh
expect 'Started.' 'create instance'
id_b="$(/usr/bin/python3 -c "import re, sys; print(re.search(r\"'new_contract': (\\d+)\", open(sys.argv[1]).read()).group(1))" "$out")"
echo "e2e-vastai-cli: created $id_a and $id_b"
wait_status "$id_a" running
wait_status "$id_b" running

# show instances: table (it also reads /instances/filters/) and --raw; same ids as vastlaunch.
vast show instances
expect "$id_a" 'show instances (table)'
expect 'running' 'show instances (table)'
vast show instances --raw
cli_ids="$(json '" ".join(str(r["id"]) for r in sorted(d, key=lambda r: r["id"]))')"
vl_ids="$(vl show instances --raw | /usr/bin/python3 -c 'import json, sys; d = json.load(sys.stdin); d = d["instances"] if isinstance(d, dict) else d; print(" ".join(str(r["id"]) for r in sorted(d, key=lambda r: r["id"])))')"
same "$cli_ids" "$vl_ids" "instance ids"
vast show instances -q
expect "$id_b" 'show instances -q'

# show instance: table and --raw; same status and label as vastlaunch.
vast show instance "$id_a"
expect "$id_a" 'show instance (table)'
vast show instance "$id_a" --raw
vl_field() { vl show instance "$1" --raw | /usr/bin/python3 -c "import json, sys; d = json.load(sys.stdin); d = d.get('instances', d) if isinstance(d, dict) and 'instances' in d else d; print(d['$2'])"; }
same "$(json 'd["actual_status"]')" "$(vl_field "$id_a" actual_status)" "status of $id_a"
same "$(json 'd["label"]')" "$(vl_field "$id_a" label)" "label of $id_a"

# ssh-url / scp-url: same address as vastlaunch, direct for a, proxy for b.
for id in "$id_a" "$id_b"; do
  vast ssh-url "$id"
  cli_ssh="$(head -n 1 "$out")"
  [[ "$cli_ssh" =~ ^ssh://root@[^:]+:[0-9]+$ ]] || fail "ssh-url $id printed '$cli_ssh'"
  same "$cli_ssh" "$(vl ssh-url "$id" | head -n 1)" "ssh url of $id"
  vast scp-url "$id"
  same "$(head -n 1 "$out")" "scp://${cli_ssh#ssh://}" "scp url of $id"
  same "$(head -n 1 "$out")" "$(vl scp-url "$id" | head -n 1)" "vastlaunch's scp url of $id"
done

# label
vast label instance "$id_a" e2e-renamed
expect "label for $id_a set to e2e-renamed." 'label instance'
same e2e-renamed "$(vl_field "$id_a" label)" "label after relabel"

# stop / start / reboot, single forms.
vast stop instance "$id_a"
expect "stopping instance $id_a." 'stop instance'
wait_status "$id_a" exited
same exited "$(vl_field "$id_a" actual_status)" "status after stop"
vast start instance "$id_a"
expect "starting instance $id_a." 'start instance'
wait_status "$id_a" running
vast reboot instance "$id_a"
expect "Rebooting instance $id_a." 'reboot instance'
wait_status "$id_a" running
same running "$(vl_field "$id_a" actual_status)" "status after reboot"

# bulk forms of stop / start.
vast stop instances "$id_a" "$id_b"
expect "stopping instance" 'stop instances'
wait_status "$id_b" exited
vast start instances "$id_a" "$id_b"
expect "starting instance" 'start instances'
wait_status "$id_b" running

# logs
vast logs "$id_a"
expect 'ubuntu:22.04' 'logs'
vast logs "$id_a" --tail 1
[ "$(grep -c . "$out")" -eq 1 ] || { cat "$out" >&2; fail "logs --tail 1 printed more than one line"; }
same "$(grep . "$out")" "$(vl logs "$id_a" --tail 1 | grep .)" "last log line of $id_a"

# vastlaunch's own reboot and bulk stop/start, checked with the official CLI.
[ "$(vl reboot instance "$id_a")" = "Instance $id_a rebooting" ] || fail "vastlaunch reboot instance"
wait_status "$id_a" running
vl stop instances "$id_a" "$id_b" >/dev/null || fail "vastlaunch stop instances"
wait_status "$id_b" exited
vl start instances "$id_a" "$id_b" >/dev/null || fail "vastlaunch start instances"
wait_status "$id_b" running

# show user: the credit is a number that falls while instances run.
vast show user
expect 'Credit' 'show user (table)'
vast show user --raw
credit1="$(json 'd["credit"]')"
sleep 1.5
vast show user --raw
credit2="$(json 'd["credit"]')"
/usr/bin/python3 -c "import sys; sys.exit(0 if float(sys.argv[2]) < float(sys.argv[1]) else 1)" "$credit1" "$credit2" \
  || fail "credit did not fall while instances run ($credit1 -> $credit2)"
vl_credit="$(vl show user | sed -n 's/^credit *\$//p')"
/usr/bin/python3 -c "import sys; sys.exit(0 if abs(float(sys.argv[1]) - float(sys.argv[2])) < 0.05 else 1)" "$credit2" "$vl_credit" \
  || fail "show user: official CLI credit $credit2, vastlaunch $vl_credit"

# destroy: single and bulk forms; afterwards neither client sees an instance.
vast destroy instance "$id_a" -y
expect "destroying instance $id_a." 'destroy instance'
vast destroy instances "$id_b" -y
vast show instances --raw
same "[]" "$(json 'json.dumps(d)')" "instances after destroy"
vl_left="$(vl show instances --raw | /usr/bin/python3 -c 'import json, sys; d = json.load(sys.stdin); d = d["instances"] if isinstance(d, dict) else d; print(len(d))')"
same 0 "$vl_left" "instance count after destroy"
echo "e2e-vastai-cli: official CLI ok against the simulator ($n commands)"
