#!/usr/bin/env bash
# End-to-end: every way out of the screens and the shell gives the terminal back as it was found. Each case starts
# the app in a tmux pane (demo mode, own HOME), ends it one way (a key, a signal, an exception) while the offers, the
# ':' bar, a prompt or a dialog is up, then checks the exit status, `stty -g` before/after, and tmux's own view of
# the pane: alternate screen off, cursor shown, keypad in normal mode. Signal table: README "Reliability".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests
[ -d "$root/target/test-classes/dev/vastlaunch/term" ] || "$root/scripts/mvn" -B -ntp -q test-compile
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }
# The app's classes (VL_CLASSES, e.g. target/classes while developing) go before the jar's.
app="java --enable-native-access=ALL-UNNAMED -cp ${VL_CLASSES:+$VL_CLASSES:}$jar dev.vastlaunch.Main"
probe="java --enable-native-access=ALL-UNNAMED -cp $root/target/test-classes:${VL_CLASSES:+$VL_CLASSES:}$jar dev.vastlaunch.term.CrashProbe"

work="$(mktemp -d)"
sock="vl-term-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t term; }
name=""
fail() { echo "e2e-terminal FAILED ($name): $1" >&2; echo "---- screen ----" >&2; screen >&2 || true; exit 1; }

# wait_for PATTERN [SECONDS]: polls the pane until PATTERN (extended regex) appears.
wait_for() {
  local pattern="$1" limit="${2:-20}" start
  start=$(date +%s%N)
  while ! screen | grep -Eq -- "$pattern"; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -gt $(( limit * 1000 )) ] && fail "timed out waiting for /$pattern/"
    sleep 0.1
  done
}

# start NAME COMMAND: runs COMMAND in a fresh pane and HOME, its pid in $work/pid, its status printed as EXIT=n.
start() {
  name="$1"
  rm -rf "$work/home" "$work/pid"; mkdir -p "$work/home"
  t new-session -d -s term -x 100 -y 30 "bash --norc --noprofile"
  t send-keys -t term "export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.state; unset VAST_API_KEY VAST_URL; PS1='e2e$ '; stty -g > $work/stty.before" Enter
  sleep 0.3
  # In the foreground (fg), as a user runs it; a process killed by a signal makes bash drop the rest of the line,
  # so a missing EXIT= line means the JVM died without its shutdown hooks.
  t send-keys -t term "clear; $2 & echo \$! > $work/pid; fg; echo EXIT=\$?; stty -g > $work/stty.after" Enter
}

screens_up() { wait_for '\? help' 25; wait_for '^>' 25; }
signal() { sleep 0.3; kill "-$1" "$(cat "$work/pid")"; }

# finish CODE [TEXT]: waits for the exit, checks its status, the tty settings, the pane's modes, and TEXT if given.
finish() {
  local want="$1" text="${2:-}" modes
  wait_for '^EXIT=[0-9]+' 15
  local got; got="$(screen | grep -Eo '^EXIT=[0-9]+' | tail -1)"; got="${got#EXIT=}"
  [ "$got" = "$want" ] || fail "exit status $got, expected $want"
  sleep 0.2
  cmp -s "$work/stty.before" "$work/stty.after" \
    || fail "stty not restored: $(cat "$work/stty.before") vs $(cat "$work/stty.after" 2>/dev/null)"
  modes="$(t display -p -t term '#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{keypad_flag}')"
  [ "$modes" = "0 1 0 0" ] || fail "pane modes (alternate cursor keypad-cursor keypad) are '$modes', expected '0 1 0 0'"
  [ -z "$text" ] || screen | grep -Eq -- "$text" || fail "no /$text/ on the screen after exit"
  echo "e2e-terminal ok: $name -> exit $got, tty restored"
  t kill-session -t term
}

case_1() {
  start "q on the offers" "$app"
  screens_up; t send-keys -t term q; finish 0
}

case_2() {
  start "Ctrl-C key on the offers" "$app"
  screens_up; t send-keys -t term C-c; finish 130
}

case_3() {
  start "SIGINT with the filter prompt open" "$app"
  screens_up; t send-keys -t term /; sleep 0.3; t send-keys -t term 'RTX'; signal INT; finish 130
}

case_4() {
  start "SIGTERM with the : bar open" "$app"
  screens_up; t send-keys -t term :; wait_for '^:' 10; t send-keys -t term 'dis'; signal TERM; finish 143
}

case_5() {
  start "SIGHUP with the : bar open" "$app"
  screens_up; t send-keys -t term :; wait_for '^:' 10; signal HUP; finish 129
}

case_6() {
  start "SIGINT with the launch dialog open" "$app"
  screens_up; t send-keys -t term Enter; wait_for '\[2 Image\]' 10; wait_for 'R  ' 15
  t send-keys -t term Enter; sleep 0.3; t send-keys -t term l; wait_for 'Cancel' 10; signal INT; finish 130
}

case_7() {
  start "Ctrl-C during a launch in flight" "$app"
  screens_up; t send-keys -t term Enter; wait_for '\[2 Image\]' 10; wait_for 'R  ' 15
  t send-keys -t term Enter; sleep 0.3; t send-keys -t term l; wait_for 'Cancel' 10; sleep 0.6
  t send-keys -t term y; sleep 0.4; t send-keys -t term C-c
  finish 130 'left while a launch was in progress'
}

case_8() {
  start "SIGTERM at the shell prompt" "$app shell"
  wait_for 'vastlaunch shell' 25; sleep 0.5; t send-keys -t term 'search'; signal TERM; finish 143
}

case_9() {
  start "an exception on the GUI thread" "$probe"
  wait_for '\? help' 25; t send-keys -t term :; finish 1 'internal error: probe'
}

# E2E_ONLY=N,M runs only those cases (while developing).
for n in $(seq 1 9); do
  case ",${E2E_ONLY:-$n}," in *",$n,"*) "case_$n" ;; esac
done
