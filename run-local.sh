#!/usr/bin/env bash
# Runs the bot locally: Azurite (tables, 127.0.0.1:10002) + the bot (127.0.0.1:3978) + the Microsoft 365 Agents
# Playground (127.0.0.1:56150) with a demo tenant. Ctrl-C stops everything this script started.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
source "$root/scripts/tools.sh"
tools_install "$root"
dotnet build "$root/src/Bot" -c Debug --nologo -v quiet

pids=()
stop_all() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop_all INT TERM EXIT

mkdir -p "$root/.azurite"
"$root/tools/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort 10002 \
  --location "$root/.azurite" --disableTelemetry --skipApiVersionCheck --silent &
pids+=($!)

ASPNETCORE_ENVIRONMENT=Development dotnet "$root/src/Bot/bin/Debug/net10.0/TeamsConventions.Bot.dll" \
  --urls http://127.0.0.1:3978 --contentRoot "$root/src/Bot" &
pids+=($!)
wait_http http://127.0.0.1:3978/healthz 60 "The bot"

(cd "$root/playground" && TEAMSAPPTESTER_BROWSER=none BOT_ENDPOINT=http://127.0.0.1:3978/api/messages \
  exec node -r "$root/tools/loopback.cjs" "$root/tools/node_modules/@microsoft/m365agentsplayground/cli.js" \
  --port 56150 --channel-id msteams --disable-telemetry) &
pids+=($!)
wait_http http://127.0.0.1:56150/_debug/ping 60 "The Agents Playground"

echo
echo "TeamsConventions runs locally. Open http://127.0.0.1:56150 in your browser (Ctrl-C to stop)."
wait -n "${pids[@]}"
