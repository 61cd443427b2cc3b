#!/usr/bin/env bash
# End-to-end: drives the built jar in tmux (demo mode) through a full launch at 100x30 and 80x24, using the
# screens and the ':' command bar with Tab completion, and checks the captured screen shows the ssh command.
# Also checks that the terminal settings are restored on exit. Prints timings for the closing note.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }
# Lanterna parses every bundled theme it finds when the screens open (~50 ms of the first frame); the screens paint
# every cell themselves, so the jar leaves them out (pom.xml) and Lanterna takes its built-in theme.
# The JDK's jar tool: JAVA_HOME's, else the one beside the java on PATH (a fresh machine may not link jar itself).
jar_tool="${JAVA_HOME:+$JAVA_HOME/bin/jar}"
[ -x "$jar_tool" ] || jar_tool="$(dirname "$(readlink -f "$(command -v java)")")/jar"
listing="$("$jar_tool" tf "$jar")" || { echo "e2e FAILED (jar): cannot list $jar with $jar_tool" >&2; exit 1; }
if grep -q -- '-theme\.properties$' <<<"$listing"; then
  echo "e2e FAILED (jar): Lanterna's theme files are in $jar (see the shade filter in pom.xml)" >&2; exit 1
fi

work="$(mktemp -d)"
sock="vl-e2e-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t e2e; }
fail() { echo "e2e FAILED ($1): $2" >&2; echo "---- screen ----" >&2; screen >&2 || true; exit 1; }

# wait_for SIZE PATTERN [SECONDS]: polls the pane until PATTERN (extended regex) appears.
wait_for() {
  local size="$1" pattern="$2" limit="${3:-20}" start
  start=$(date +%s%N)
  while ! screen | grep -Eq -- "$pattern"; do
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt $(( limit * 1000 )) ]; then
      fail "$size" "timed out waiting for /$pattern/"
    fi
    sleep 0.1
  done
}

run_at() {
  local cols="$1" rows="$2" size="${1}x${2}"
  rm -rf "$work/home"; mkdir -p "$work/home"
  t new-session -d -s e2e -x "$cols" -y "$rows" "bash --norc --noprofile"
  t send-keys -t e2e "export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.state; unset VAST_API_KEY VAST_URL; PS1='e2e$ '; stty -g > $work/stty.before" Enter
  sleep 0.3
  t send-keys -t e2e "clear; date +%s%N > $work/t0; java -jar $jar; stty -g > $work/stty.after; echo EXITED" Enter
  wait_for "$size" 'DEMO' 20
  wait_for "$size" '\$/hr' 20
  wait_for "$size" '^>' 20
  local t0 t1; t0=$(cat "$work/t0"); t1=$(date +%s%N)
  echo "e2e $size: first offers on screen after $(( (t1 - t0) / 1000000 )) ms (upper bound, 100 ms polling)"

  # A resize re-lays out the screen (the hint bar follows the new bottom row), then the bar still works.
  t resize-window -t e2e -x $((cols + 10)) -y $((rows + 2))
  sleep 0.5
  [ "$(screen | wc -l)" -ge $((rows + 2)) ] || fail "$size" "pane did not grow"
  screen | tail -n 1 | grep -q 'help' || fail "$size" "hint bar not on the last row after resize"
  t resize-window -t e2e -x "$cols" -y "$rows"
  sleep 0.5
  screen | tail -n 1 | grep -q 'help' || fail "$size" "hint bar not on the last row after shrinking back"

  # The command bar: ':' opens a JLine prompt; Tab completes 'dis' to 'disk'; the draft shows the change.
  t send-keys -t e2e ':'
  wait_for "$size" '^:' 10
  t send-keys -t e2e 'dis' Tab
  wait_for "$size" '^:disk' 10
  t send-keys -t e2e '48' Enter
  wait_for "$size" 'disk 48' 10

  # Quickest launch path: Enter (first offer) → Enter (first template) → l (launch) → y (confirm).
  t send-keys -t e2e Enter
  wait_for "$size" '\[2 Image\]' 10
  wait_for "$size" 'R  ' 15
  t send-keys -t e2e Enter
  sleep 0.3
  t send-keys -t e2e l
  wait_for "$size" 'Cancel' 10
  screen | grep -Eq '48 GB' || fail "$size" "the review does not show the disk set from the command bar"
  sleep 0.4   # y is ignored for a moment after the box opens, so typed-ahead keys cannot accept a spend
  t send-keys -t e2e y
  wait_for "$size" 'ssh -p [0-9]+ root@' 30
  echo "e2e $size: launched; screen shows: $(screen | grep -Eo 'ssh -p [0-9]+ root@[0-9.]+' | head -1)"

  t send-keys -t e2e q
  wait_for "$size" 'EXITED' 10
  cmp -s "$work/stty.before" "$work/stty.after" || fail "$size" "terminal settings not restored: $(cat "$work/stty.before") vs $(cat "$work/stty.after")"
  t kill-session -t e2e
}

run_at 100 30
run_at 80 24
echo "e2e: 2 passed, 0 failed"
