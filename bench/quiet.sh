#!/bin/bash
# Runs a measurement on a quiet machine: waits for any other quiet measurement (flock), pauses every
# nice-19 process (background work) and every PostgreSQL client backend (user postgres, any
# version and cluster, e.g. "postgres: 15/main: postgres DB HOST") -- also those started during
# the run -- runs the command, then resumes them all.
# Usage: bench/quiet.sh [--keep-postgres] command args...
# Background work that may be paused is started with `nice -n 19`. A paused PostgreSQL backend holds
# up DROP DATABASE elsewhere (its signal barrier), so run no PostgreSQL tests meanwhile.
# Start it at normal priority, never under nice: its subshells, ps and awk, the watcher and the
# measured command inherit the niceness, and at 19 it would pause itself.
if [ "$(nice)" -gt 0 ]; then
  echo "bench/quiet.sh: refusing to run at niceness $(nice): it pauses nice-19 processes and would pause itself and the measurement; start it without nice" >&2
  exit 2
fi
keep_pg=0
if [ "$1" = "--keep-postgres" ]; then keep_pg=1; shift; fi
exec 9>"${TMPDIR:-/tmp}/redress-quiet.lock"
flock 9
list=$(mktemp)
pause() {
  if [ $keep_pg = 1 ]; then
    ps -eo pid,ni,stat --no-headers | awk '$2==19 && $3 !~ /^T/{print $1}'
  else
    ps -eo pid,ni,stat,args --no-headers | awk '$3 !~ /^T/ && ($2==19 || $0 ~ /postgres: [0-9.]+\/[^: ]+: postgres /){print $1}'
  fi | grep -v "^$$\$" | while read -r p; do kill -STOP "$p" 2>/dev/null && echo "$p" >> "$list"; done
}
pause
# The watcher stops at a sentinel and is waited for: killed mid-pause, its pipeline would go on
# stopping processes after they were resumed.
stop_file=$(mktemp -u)
( while [ ! -e "$stop_file" ]; do sleep 0.5; pause; done ) &
watcher=$!
# Whatever ends this script (the command, an interrupt) resumes everything it paused.
resume() {
  touch "$stop_file"; wait $watcher 2>/dev/null; rm -f "$stop_file"
  sort -u "$list" | xargs -r kill -CONT 2>/dev/null
  rm -f "$list"
}
trap resume EXIT
trap 'exit 130' INT TERM
sync; sleep 3
# Let the disk settle too: checkpoints and writeback of the paused work.
for _ in $(seq 1 30); do
  awk '/^some/{split($2,a,"="); exit !(a[2] < 1.0)}' /proc/pressure/io && break
  sleep 1
done
"$@"
rc=$?
exit $rc
