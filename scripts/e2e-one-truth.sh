#!/usr/bin/env bash
# End-to-end (tmux, demo mode, 100x30): what you set is what is sent, and the bar prints what commands print.
#  1. `s 500` on Offers (the storage that prices offers) is the draft's disk: Review shows 500 GB.
#  2. A typed image then Enter, Enter on Image applies no template: Review shows no template value.
#  3. `:show instances` after a launch shows the list in a panel over the screen; Esc closes it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }

work="$(mktemp -d)"
sock="vl-truth-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t e2e; }
fail() { echo "e2e-one-truth FAILED: $1" >&2; echo "---- screen ----" >&2; screen >&2 || true; exit 1; }

# wait_for PATTERN [SECONDS]: polls the pane until PATTERN (extended regex) appears.
wait_for() {
  local pattern="$1" limit="${2:-20}" start
  start=$(date +%s)
  while ! screen | grep -Eq -- "$pattern"; do
    [ $(( $(date +%s) - start )) -le "$limit" ] || fail "timed out waiting for /$pattern/"
    sleep 0.1
  done
}

start_app() {
  t kill-server 2>/dev/null || true
  t new-session -d -s e2e -x 100 -y 30 "bash --norc --noprofile"
  t send-keys -t e2e "export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.state; unset VAST_API_KEY VAST_URL; PS1='e2e$ '" Enter
  sleep 0.3
  t send-keys -t e2e "clear; java -jar $jar; echo EXITED" Enter
  wait_for 'DEMO' 20
  wait_for '^>' 20
}

mkdir -p "$work/home"
start_app

# 1. Storage on Offers is the draft's disk.
t send-keys -t e2e s
wait_for 'Storage' 5
t send-keys -t e2e BSpace BSpace BSpace BSpace BSpace '500' Enter
wait_for 'Storage 500 GB' 15
wait_for '^>' 20
t send-keys -t e2e F5
wait_for '\[5 Review\]' 5
screen | grep -Eq 'disk +500 GB' || fail "Review does not show the 500 GB set on Offers"
echo "e2e-one-truth: s 500 on Offers -> Review shows disk 500 GB"

# 2. A typed image stands alone: Enter, Enter on Image does not apply the highlighted template.
t send-keys -t e2e F1
wait_for '\[1 Offers\]' 5
t send-keys -t e2e Enter
wait_for '\[2 Image\]' 10
wait_for 'R  ' 15
t send-keys -t e2e i
sleep 0.3
t send-keys -t e2e 'ubuntu:22.04' Enter
wait_for 'image ubuntu:22.04' 5
t send-keys -t e2e Enter
wait_for 'Enter again to use' 5
t send-keys -t e2e F5
wait_for '\[5 Review\]' 5
screen | grep -Eq 'image +ubuntu:22.04 +\[USER\]' || fail "Review does not show the typed image as the user's"
screen | grep -q '\[TEMPLATE\]' && fail "Review shows a template value after a typed image and Enter, Enter"
echo "e2e-one-truth: typed image + Enter, Enter -> Review shows no template value"

# 3. Launch, then :show instances prints the list in a panel.
t send-keys -t e2e l
wait_for 'Cancel' 10
sleep 0.5   # y is ignored for 250 ms after the confirmation opens
t send-keys -t e2e y
wait_for 'ssh -p [0-9]+ root@' 30
t send-keys -t e2e ':'
wait_for '^:' 10
sleep 0.5
t send-keys -t e2e 'show instances'
wait_for '^:show instances' 10
t send-keys -t e2e Enter
wait_for ':show instances — Esc closes' 10
wait_for '30000000 +running' 10
screen | grep -Eq '30000000 +running' || fail ":show instances did not list the new instance"
t send-keys -t e2e Escape
sleep 0.5
screen | grep -q ':show instances' && fail "Esc did not close the output panel"
echo "e2e-one-truth: :show instances lists the instance in a panel; Esc closes it"

t send-keys -t e2e q
wait_for 'EXITED' 10
echo "e2e-one-truth: 3 passed"
