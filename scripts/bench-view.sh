#!/usr/bin/env bash
# Times the offers screen's local filter and re-sort over 20,000 loaded offers (budget: one frame, 16 ms).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -d "$root/target/classes/dev" ] || "$root/scripts/mvn" -B -ntp -q compile
java -XX:+UseSerialGC -cp "$root/target/classes" "$root/scripts/BenchView.java"
