#!/usr/bin/env bash
# End-to-end, after the launch (issue 10): in demo mode, from a fresh HOME, launch from the screens, open the
# Instances screen (7), see the box with its ports and spend, `s` lands in an ssh (a stand-in `ssh` on PATH records its
# arguments), come back and destroy it; quit with a box still running names it; then the same from
# `vastlaunch ssh ID --rm`, whose question after the session destroys the box.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vastlaunch-0.1.0-all.jar"
[ -f "$jar" ] || "$root/scripts/mvn" -B -ntp -q package -DskipTests
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }

work="$(mktemp -d)"
sock="vl-inst-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t e2e; }
fail() { echo "e2e-instances FAILED: $1" >&2; echo "---- screen ----" >&2; screen >&2 || true; exit 1; }
wait_for() {
  local pattern="$1" limit="${2:-20}" start
  start=$(date +%s)
  while ! screen | grep -Eq -- "$pattern"; do
    [ $(( $(date +%s) - start )) -gt "$limit" ] && fail "timed out waiting for /$pattern/"
    sleep 0.1
  done
}

# The stand-in ssh: records its arguments, says where it is, and waits for a line (as a login shell would).
# Timeouts are generous: this runs beside builds on a 2-core machine.
mkdir -p "$work/bin" "$work/home"
cat >"$work/bin/ssh" <<EOF
#!/usr/bin/env bash
printf '%s\n' "\$*" >> "$work/ssh.args"
echo "stand-in ssh: \$*"
printf 'remote\$ '   # on stdout: the screens' stderr goes to a file in this test
read -r line
echo "logout"
EOF
chmod +x "$work/bin/ssh"
vl="java -jar $jar"

t new-session -d -s e2e -x 100 -y 30 "bash --norc --noprofile"
t send-keys -t e2e "export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.state PATH=$work/bin:\$PATH; unset VAST_API_KEY VAST_URL; PS1='e2e\$ '" Enter
sleep 0.3

# 1. Launch from the screens: Enter (offer), Enter (template), l, y.
t send-keys -t e2e "clear; $vl 2>$work/quit.txt; echo EXITED" Enter
wait_for '^>' 30
first_offer="$(screen | grep -Eo '^> +[0-9]+' | grep -Eo '[0-9]+')"
t send-keys -t e2e Enter
wait_for '\[2 Image\]' 10
wait_for 'R  ' 15
t send-keys -t e2e Enter
sleep 0.3
t send-keys -t e2e l
wait_for 'Cancel' 10
sleep 0.5
t send-keys -t e2e y
wait_for 'ssh -p [0-9]+ root@' 40
screen | grep -q '7 Instances' || fail "the launch screen does not point to the Instances screen"
id="$(screen | grep -Eo 'instance [0-9]+' | head -1 | grep -Eo '[0-9]+')"
echo "e2e-instances: launched instance $id from the screens"

# 2. Instances screen: the box, its price and spend; Enter shows the port mappings.
t send-keys -t e2e 7
wait_for '\[7 Instances\]' 10
wait_for "^ $id +running" 20
screen | grep -Eq 'credit \$[0-9]+\.[0-9]{2}' || fail "no credit in the Instances header"
t send-keys -t e2e Enter
wait_for '→ 22/tcp' 10
screen | grep -q 'ssh: ' || fail "details show no ssh line"
t send-keys -t e2e Escape
wait_for "^ $id +running" 10

# 3. s hands the terminal to ssh; leaving it brings the screens back.
t send-keys -t e2e s
wait_for 'remote\$' 40
grep -Eq -- "^-p [0-9]+ root@" "$work/ssh.args" || fail "ssh got unexpected arguments: $(cat "$work/ssh.args")"
t send-keys -t e2e exit Enter
wait_for "back from ssh into instance $id" 15
echo "e2e-instances: s ran: ssh $(head -1 "$work/ssh.args")"

# 4. d asks with Keep first; an Enter typed ahead on Destroy is held; Tab + Enter once read destroys.
t send-keys -t e2e d
wait_for '> \[ Keep \] <' 10
t send-keys -t e2e Enter
sleep 0.3
screen | grep -Eq "^ $id +running" || fail "Enter on Keep destroyed the instance"
t send-keys -t e2e d
wait_for '> \[ Keep \] <' 10
t send-keys -t e2e Tab Enter
wait_for 'the question just opened' 10
screen | grep -Eq "^ $id +running" || fail "an Enter typed ahead on Destroy destroyed the instance"
sleep 0.4
t send-keys -t e2e Enter
wait_for "Instance $id destroyed" 15
wait_for 'No instances\.' 15
echo "e2e-instances: destroyed $id from the Instances screen"

# 5. A second launch left running is named on quit, with the command that stops the spend.
t send-keys -t e2e 1
wait_for '\[1 Offers\]' 10
screen | grep -q '^> *'"$first_offer"' ' && fail "the offer rented by the first launch is still listed"
wait_for '^>' 30
t send-keys -t e2e Enter
wait_for '\[2 Image\]' 10
t send-keys -t e2e l
wait_for 'Cancel' 10
sleep 0.5
t send-keys -t e2e y
wait_for 'ssh -p [0-9]+ root@' 40
id2="$(screen | grep -Eo 'instance [0-9]+' | head -1 | grep -Eo '[0-9]+')"
t send-keys -t e2e q
wait_for 'EXITED' 10
grep -q "Still running from this session: $id2" "$work/quit.txt" \
  || fail "quitting did not name instance $id2: $(cat "$work/quit.txt")"
grep -q "vastlaunch destroy instances $id2" "$work/quit.txt" || fail "the quit line has no destroy command"
echo "e2e-instances: quit said: $(grep 'Still running' "$work/quit.txt")"

# 6. One-shot: ssh ID --rm asks after the session, default yes, and destroys.
t send-keys -t e2e "clear; $vl ssh $id2 --rm; echo RC=\$?" Enter
wait_for 'remote\$' 30
t send-keys -t e2e exit Enter
wait_for "Destroy instance $id2 \(\\\$[0-9]+\.[0-9]{2} so far\)\? \[Y/n\]" 15
t send-keys -t e2e Enter
wait_for "Instance $id2 destroyed" 15
wait_for 'RC=0' 10
t send-keys -t e2e "clear; $vl show instances; echo RC=\$?" Enter
wait_for 'RC=0' 30
screen | grep -q "No instances" || fail "show instances still lists something after the destroy"
echo "e2e-instances: ssh $id2 --rm destroyed it after the session"

# 7. A missing ssh is a clear error, exit 1, and nothing is destroyed.
t send-keys -t e2e "clear; $vl create instance \$($vl search offers 'num_gpus=1' -o dph --limit 1 2>/dev/null | awk 'NR==2{print \$1}') --image ubuntu:22.04 --ssh --yes; echo RC=\$?" Enter
wait_for 'RC=0' 40
id3="$(screen | grep -Eo '^[0-9]{5,}$' | head -1)"
[ -n "$id3" ] || fail "could not create a third instance"
mkdir -p "$work/empty"
t send-keys -t e2e "clear; PATH=$work/empty $(command -v java) -jar $jar ssh $id3 --rm --yes; echo RC=\$?" Enter
wait_for 'RC=1' 60
screen | tr -d "\n" | grep -q "cannot run 'ssh' (not found)" || fail "no clear message for a missing ssh"
screen | tr -d "\n" | grep -q "keeps running" || fail "the missing-ssh message does not say the instance keeps running"
t send-keys -t e2e "clear; $vl destroy instance $id3 -y; echo RC=\$?" Enter
wait_for 'RC=0' 30
echo "e2e-instances: OK"
