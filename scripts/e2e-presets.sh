#!/usr/bin/env bash
# End-to-end, presets (issue 11): in demo mode from a fresh HOME, `vastlaunch quick NAME --yes` prints the ssh line for
# every shipped example; then in the screens a saved preset reaches a confirmed launch in 3 keystrokes from start
# (p, Enter, y), counted here; a corrupted preset file is listed with its reason and never stops the app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }

work="$(mktemp -d)"
sock="vl-presets-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/cfg" XDG_STATE_HOME="$work/state"
unset VAST_API_KEY VAST_URL
mkdir -p "$HOME" "$XDG_CONFIG_HOME/vastlaunch/presets"

t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t e2e; }
fail() { echo "e2e-presets FAILED: $1" >&2; echo "---- screen ----" >&2; screen >&2 || true; exit 1; }
wait_for() {
  local pattern="$1" limit="${2:-30}" start
  start=$(date +%s)
  while ! screen | grep -Eq -- "$pattern"; do
    [ $(( $(date +%s) - start )) -gt "$limit" ] && fail "timed out waiting for /$pattern/"
    sleep 0.1
  done
}

# 1. Every shipped example launches from a script and prints its ssh line.
for name in cheap-test pytorch-dev vllm-server; do
  line="$("$root/scripts/vastlaunch" quick "$name" --yes 2>"$work/quick.err")" || { cat "$work/quick.err" >&2; fail "quick $name"; }
  echo "$line" | grep -Eq '^ssh -p [0-9]+ root@[0-9.]+$' || fail "quick $name printed '$line'"
  echo "quick $name --yes: $line"
done

# 2. A corrupted preset is listed with its reason; the command still exits 0.
printf 'search offers num_gpus==\ncreate instance --image a/b:1\n' > "$XDG_CONFIG_HOME/vastlaunch/presets/broken.preset"
"$root/scripts/vastlaunch" presets > "$work/presets.out" 2>/dev/null || fail "presets exited non-zero with a bad file"
grep -q 'skipped broken: line 1: query' "$work/presets.out" || fail "the bad file was not listed with its reason"
grep -q 'cheap-test' "$work/presets.out" || fail "the good presets were not listed"
"$root/scripts/vastlaunch" history > "$work/history.out" 2>/dev/null || fail "history"
[ "$(grep -c created "$work/history.out")" -eq 3 ] || fail "history does not list the three launches"

# 3. Screens: start, p (Presets), Enter (quick launch of the first preset), y (confirm) = 3 keystrokes.
t new-session -d -s e2e -x 100 -y 30 "env HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME $root/scripts/vastlaunch"
wait_for 'offers' 60
keys=0
t send-keys -t e2e p; keys=$((keys + 1))
wait_for 'cheap-test'
screen | grep -q 'broken.*skipped' || fail "the Presets screen does not show the skipped file"
t send-keys -t e2e Enter; keys=$((keys + 1))
wait_for 'This starts billing' 60
sleep 0.6   # the confirm dialog ignores keys typed in its first 250 ms
t send-keys -t e2e y; keys=$((keys + 1))
wait_for 'Instance [0-9]+ (created|is running)|Running\.' 60
echo "keystrokes from start to a confirmed launch with a saved preset: $keys"
[ "$keys" -le 6 ] || fail "more than 6 keystrokes"
"$root/scripts/vastlaunch" history > "$work/history.out" 2>/dev/null
[ "$(grep -c created "$work/history.out")" -eq 4 ] || fail "the screens' launch is not in the history"
echo "e2e-presets: ok"
