#!/usr/bin/env bash
# End-to-end at 80x24 (demo mode, tmux): a full launch on the screens and a session of `vastlaunch shell`, checking
# every captured screen for a line that reaches column 80. Every renderer leaves the last column blank (tables end
# with a gap, messages wrap at width-1, bars are padded), so a line using it is a table row that would wrap or text
# cut at the edge (mid-word). A box's right border (| or +) is the one thing allowed in the last column.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }

work="$(mktemp -d)"
sock="vl-e2e80-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t e2e; }
history() { t capture-pane -p -J -t e2e -S -500; }   # -J joins a wrapped line back into one
fail() { echo "e2e-80x24 FAILED ($1): $2" >&2; echo "---- screen ----" >&2; screen >&2 || true; exit 1; }

wait_for() {
  local what="$1" pattern="$2" limit="${3:-20}" start
  start=$(date +%s)
  while ! screen | grep -Eq -- "$pattern"; do
    [ $(( $(date +%s) - start )) -gt "$limit" ] && fail "$what" "timed out waiting for /$pattern/"
    sleep 0.1
  done
}

# fits WHAT [TEXT [LIMIT]]: fails when a line of TEXT (default: the screen) is LIMIT (default 80) or more long.
fits() {
  local text="${2:-$(screen)}" limit="${3:-80}" bad
  # Characters, not bytes (the screens draw › — ▆): bash counts characters in a UTF-8 locale.
  bad="$(printf '%s\n' "$text" | LC_ALL=C.UTF-8 bash -c 'while IFS= read -r l; do case "$l" in *"|" | *"+") continue ;; esac; [ ${#l} -ge '"$limit"' ] && printf "%s\n" "$l"; done; true' | head -3)"
  [ -z "$bad" ] || fail "$1" "a line reaches column 80 (cut or wrapped):
$bad"
  checks=$((checks + 1))
}
checks=0

start() {
  rm -rf "$work/home"; mkdir -p "$work/home"
  t new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
  t send-keys -t e2e "export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.state; unset VAST_API_KEY VAST_URL; PS1='e2e$ '" Enter
  sleep 0.3
  t send-keys -t e2e "clear; java -jar $jar $1; echo EXITED" Enter
}

# The screens: a full launch, checked at every step.
start ""
wait_for screens '^>' 30
fits "offers"
screen | grep -Eq 'market .* low [0-9.]+ +med [0-9.]+ +p90' || fail offers "no market line"
sleep 1
t send-keys -t e2e w
wait_for "offers, w" 'TFLOPS' 10
fits "offers, wide"
t send-keys -t e2e w '?'; sleep 0.3
fits "help"
t send-keys -t e2e End; sleep 0.2
fits "help, End"
t send-keys -t e2e Escape j j k; sleep 0.2
t send-keys -t e2e '/' 'H100'; sleep 0.3
t send-keys -t e2e Enter; sleep 0.2
fits "filter"
t send-keys -t e2e Escape; sleep 0.3
t send-keys -t e2e ':'
wait_for bar '^:' 10
t send-keys -t e2e 'foo bar' Enter
wait_for bar 'unknown command' 10
t send-keys -t e2e ':disk 48' Enter
wait_for bar 'Storage 48 GB' 10
fits "after the bar"
t send-keys -t e2e Enter
wait_for image '\[2 Image\]' 10
wait_for image 'R  ' 15
fits "image"
t send-keys -t e2e Enter; sleep 0.3
fits "image, template picked"
t send-keys -t e2e 3; sleep 0.3
fits "env & ports"
t send-keys -t e2e 4; sleep 0.3
fits "options"
t send-keys -t e2e 5; sleep 0.3
fits "review"
t send-keys -t e2e l
wait_for confirm 'Cancel' 10
fits "confirm"
sleep 0.5
t send-keys -t e2e y
wait_for launch 'ssh -p [0-9]+ root@' 30
fits "launch"
t send-keys -t e2e q
wait_for screens 'EXITED' 10
t kill-session -t e2e

# The shell: tables and messages fit 80 columns (no line wraps).
start shell
wait_for shell '^vast>' 30
for line in 'search offers gpu_name=RTX_4090 --limit 5' 'search offers num_gpus>=2 --wide --limit 5' 'help' \
  'help mode' 'search templates' 'offer 99999999' 'disk lots' 'show instances' 'bogus words here'; do
  t send-keys -t e2e "$line"; t send-keys -t e2e Enter
  sleep 1.5
done
wait_for shell 'unknown command' 10
fits "shell" "$(history)" 81   # a shell table may fill all 80 columns; a joined wrapped line is longer
history | grep -q 'Location' || fail shell "no offers table"
t send-keys -t e2e 'quit' Enter
t send-keys -t e2e 'y' Enter
wait_for shell 'EXITED' 10
echo "e2e-80x24: full launch on the screens and a shell session at 80x24: $checks screens checked, no line reaches column 80"
