#!/usr/bin/env bash
# Times the real reader in a terminal (tmux, 100x30): seconds from starting `lectern FILE` until its first screen
# is on the terminal, and until the whole document is loaded (the status line shows the progress instead of
# "loading…"). The figures include starting tmux and polling it (every 5 ms, then every 50 ms).
#   scripts/reader-first-screen.sh FILE [RUNS]      (uses .build/release/lectern; build it first)
# LECTERN=PATH times another build; LECTERN_STATE_FROM=DIR starts from a copy of that state directory (a returning
# reader's remembered positions, ~/.local/state for instance) instead of an empty one.
set -euo pipefail
file=${1:?usage: scripts/reader-first-screen.sh FILE [RUNS]}
runs=${2:-3}
lectern=${LECTERN:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/lectern}
[ -x "$lectern" ] || { echo "build first: swift build -c release --product lectern" >&2; exit 2; }
state=$(mktemp -d)
[ -n "${LECTERN_STATE_FROM:-}" ] && cp -r "$LECTERN_STATE_FROM"/. "$state"/
socket=lectern-first-screen-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$state"' EXIT
now() { date +%s.%N; }
for _ in $(seq "$runs"); do
    start=$(now)
    tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 "XDG_STATE_HOME=$state $lectern '$file'"
    first="" whole=""
    for _ in $(seq 6000); do
        pane=$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)
        t=$(now)
        if [ -z "$first" ] && grep -q "? help" <<<"$pane"; then first=$(echo "$t - $start" | bc); fi
        if [ -n "$first" ] && grep -q "%  ? help" <<<"$pane"; then whole=$(echo "$t - $start" | bc); break; fi
        # Poll often for the first screen, then seldom: polling forks processes that take the cores the load uses.
        if [ -z "$first" ]; then sleep 0.005; else sleep 0.05; fi
    done
    tmux -L "$socket" kill-server 2>/dev/null || true
    sleep 0.2  # let the server go before the next run starts one on the same socket
    printf 'first screen %.3f s   whole document %.3f s\n' "$first" "$whole"
done
