#!/usr/bin/env bash
# Measures start-up in demo mode (built-in simulator, loopback only): the one-shot search's wall time, and in a real
# tmux pane the time from exec to the first drawn screen and to offer rows on screen. Prints medians; asserts nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-7}"
launcher="$root/scripts/vastlaunch"
work="$(mktemp -d)"; sock="vl-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
unset VAST_API_KEY VAST_URL
"$launcher" --version >/dev/null   # builds the jar and the class-data archive if needed

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

for label in "--dry-run search offers num_gpus=1" "search offers num_gpus=1 --limit 20"; do
  for _ in $(seq "$runs"); do
    t0=$(now); "$launcher" $label >/dev/null 2>&1; t1=$(now); echo $(( (t1 - t0) / 1000000 ))
  done | median | xargs -I{} echo "one-shot '$label': median {} ms over $runs runs"
done

first=(); rows=(); opens=(); closes=()
for _ in $(seq "$runs"); do
  tmux -L "$sock" new-session -d -s b -x 100 -y 30 "bash --norc --noprofile"
  tmux -L "$sock" send-keys -t b "date +%s%N > $work/t0; exec $launcher" Enter
  f=""; r=""; deadline=$(( $(now) + 20000000000 ))
  while [ -z "$r" ] && [ "$(now)" -lt "$deadline" ]; do
    s="$(tmux -L "$sock" capture-pane -p -t b)"
    [ -z "$f" ] && grep -q 'Offers' <<<"$s" && f=$(now)
    [ -z "$r" ] && grep -q '^>' <<<"$s" && r=$(now)
    sleep 0.02
  done
  t0=$(cat "$work/t0")
  first+=($(( (f - t0) / 1000000 ))); rows+=($(( (r - t0) / 1000000 )))
  # The ':' command bar: time until its prompt shows, and after Esc until the screen is repainted.
  sleep 0.5
  b0=$(now); tmux -L "$sock" send-keys -t b ':'
  until tmux -L "$sock" capture-pane -p -t b | grep -q '^:'; do sleep 0.01; done
  b1=$(now); tmux -L "$sock" send-keys -t b Escape
  until tmux -L "$sock" capture-pane -p -t b | tail -n 1 | grep -q 'help'; do sleep 0.01; done
  b2=$(now)
  opens+=($(( (b1 - b0) / 1000000 ))); closes+=($(( (b2 - b1) / 1000000 )))
  tmux -L "$sock" send-keys -t b C-c; sleep 0.5; tmux -L "$sock" kill-server 2>/dev/null || true
done
echo "command bar: open median $(printf '%s\n' "${opens[@]}" | median) ms, close (Esc to repainted screen) median $(printf '%s\n' "${closes[@]}" | median) ms (first open builds the line reader)"
echo "screens: first drawn frame median $(printf '%s\n' "${first[@]}" | median) ms; offer rows on screen median $(printf '%s\n' "${rows[@]}" | median) ms (over $runs runs, 20 ms polling)"
