#!/usr/bin/env bash
# End-to-end: the demo account shared by separate processes (each one-shot command is its own JVM with its own
# built-in simulator). Two creates on one offer started at once: one gets it, the other is told it is taken (exit 1);
# a corrupt demo-account.json is set aside with one warning; an unwritable state dir says demo instances will not be
# kept; the file is 0600 in a 0700 dir and keeps no secret env value.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests
# The app's classes (VL_CLASSES, e.g. target/classes while developing) go before the jar's.
vl() { java -cp "${VL_CLASSES:+$VL_CLASSES:}$jar" dev.vastlaunch.Main "$@"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_STATE_HOME="$work/home/.state"
unset VAST_API_KEY VAST_URL
state="$XDG_STATE_HOME/vastlaunch"
fail() { echo "e2e-demo-account FAILED: $1" >&2; exit 1; }

offers="$(vl search offers 'num_gpus=1' -o dph --limit 3 2>/dev/null | awk '$1 ~ /^[0-9]+$/ {print $1}')"
set -- $offers
[ $# -ge 2 ] || fail "no offers to rent"

for offer in "$1" "$2"; do
  rm -f "$work"/out.*
  (set +e; vl create instance "$offer" --image ubuntu:22.04 --yes >"$work/out.a" 2>&1; echo "rc=$?" >>"$work/out.a") &
  (set +e; vl create instance "$offer" --image ubuntu:22.04 --yes >"$work/out.b" 2>&1; echo "rc=$?" >>"$work/out.b") &
  wait
  codes="$(cat "$work/out.a" "$work/out.b" | grep -Eo '^rc=[0-9]+' | sort | tr '\n' ' ')"
  [ "$codes" = "rc=0 rc=1 " ] || { cat "$work"/out.*; fail "two creates on offer $offer ended with $codes, expected one 0 and one 1"; }
  grep -q 'no longer offered' "$work/out.a" "$work/out.b" || fail "the loser was not told the offer is taken"
done
[ "$(vl show instances 2>/dev/null | grep -c 'ubuntu:22.04' || true)" = 2 ] || fail "show instances does not list exactly the 2 instances"
ids="$(vl show instances 2>/dev/null | awk '$1 ~ /^[0-9]+$/ {print $1}' | sort -u | wc -l)"
[ "$ids" = 2 ] || fail "the two instances do not have two ids"
echo "e2e-demo-account ok: two concurrent creates per offer (2 offers): one instance each, the other told the offer is taken (exit 1)"

vl create instance "$3" --image ubuntu:22.04 --env '-e HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz0123 -e MODE=fast' --yes >/dev/null 2>&1
[ "$(stat -c %a "$state/demo-account.json")" = 600 ] || fail "demo-account.json is not 0600"
[ "$(stat -c %a "$state")" = 700 ] || fail "the state dir is not 0700"
! grep -q 'hf_abcdef' "$state/demo-account.json" || fail "demo-account.json keeps a secret env value"
grep -q '"fast"' "$state/demo-account.json" || fail "demo-account.json lost a plain env value"
echo "e2e-demo-account ok: demo-account.json is 0600 in a 0700 dir and keeps no secret env value"

printf '{"version": 1, "instances": [' >"$state/demo-account.json"
out="$(vl show instances 2>&1)" || fail "a corrupt demo-account.json stopped show instances: $out"
echo "$out" | grep -q "warning: the file $state/demo-account.json could not be read" || fail "no warning naming the corrupt file: $out"
[ "$(echo "$out" | grep -c warning)" = 1 ] || fail "more than one warning line: $out"
ls "$state" | grep -q '^demo-account.json.bad-' || fail "the corrupt file was not set aside"
echo "e2e-demo-account ok: a corrupt demo-account.json is set aside with one warning naming it"

export XDG_STATE_HOME="$work/a-file"
: >"$XDG_STATE_HOME"
set +e
out="$(vl create instance "$1" --image ubuntu:22.04 --yes 2>&1)"
set -e
echo "$out" | grep -q 'warning: demo instances will not be kept' || fail "an unwritable state dir gave no warning: $out"
echo "e2e-demo-account ok: an unwritable state dir warns that demo instances will not be kept"
