#!/usr/bin/env bash
# Runs every test. Needs only the .NET SDK and Node.js: installs the pinned npm tools (Azurite, Agents Playground,
# Adaptive Cards parser), restores and builds, then runs all test projects. The tests start what they need
# (Azurite, a fake Teams channel, the Agents Playground) as processes on loopback and stop them afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
source "$root/scripts/tools.sh"
tools_install "$root"
chromium_install
libreoffice_install

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$root/TeamsConventions.sln" --nologo 2>&1 | tee "$log" || status=$?

# One plain closing line over every test assembly.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
       n++ }
     END { gsub(",", "", f); printf "%d passed, %d failed, %d skipped\n", p, f, s; if (n == 0) exit 1 }' "$log" || status=1
exit "$status"
