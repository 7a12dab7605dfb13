#!/usr/bin/env bash
# Chaos test for `frontline map` (issue 15), run by `make test` on the debug binary: random kills
# during runs, concurrent runs, a full disk (a small tmpfs, when root may mount one) and unwritable
# standard streams. After every run the output folder must hold one complete output — A's or B's,
# byte for byte — plus the user's own files; never a mix, never a user file lost. The one allowed
# exception is SIGKILL inside the few-millisecond commit: then a `.commit` mark must be there, and
# the next run must complete it.
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${FRONTLINE:-.build/debug/frontline}
ARTICLE=articles/2012_Hama_offensive.md
ROUNDS=${CHAOS_ROUNDS:-8}
WORK=$(mktemp -d /tmp/frontline-chaos.XXXXXX)
trap 'umount "$WORK/small" 2>/dev/null; rm -rf "$WORK"' EXIT
A=(--radius 12000)
B=(--radius 13000 --no-pictures)
failures=0
fail() { echo "chaos: FAIL: $*"; failures=$((failures + 1)); }

add_user_files() {
  mkdir -p "$1/days" "$1/svg"
  echo mine > "$1/days/my-annotations.geojson"; echo '<svg/>' > "$1/svg/logo.svg"; echo notes > "$1/notes.txt"
}
# Every regular file except staging, with its checksum: the folder's visible state.
snapshot() { (cd "$1" && find . -path './.frontline-staging-*' -prune -o -type f -print0 | sort -z | xargs -0 md5sum); }
check() { # folder, label
  local s; s=$(snapshot "$1")
  if [ "$s" = "$SNAP_A" ] || [ "$s" = "$SNAP_B" ]; then return 0; fi
  if ls "$1"/.frontline-staging-*/.commit >/dev/null 2>&1; then
    echo "chaos: $2: killed while renaming; the next run completes the commit"; return 0
  fi
  fail "$2: the folder is neither output A nor output B"; diff <(echo "$SNAP_A") <(echo "$s") | head -5
}

[ -x "$BIN" ] || { echo "chaos: build first (swift build --product frontline)"; exit 1; }
"$BIN" map $ARTICLE --out "$WORK/refA" "${A[@]}" 2>/dev/null || { echo "chaos: reference run A failed"; exit 1; }
add_user_files "$WORK/refA"
cp -a "$WORK/refA" "$WORK/refB"
"$BIN" map $ARTICLE --out "$WORK/refB" "${B[@]}" 2>/dev/null || { echo "chaos: reference run B failed"; exit 1; }
SNAP_A=$(snapshot "$WORK/refA"); SNAP_B=$(snapshot "$WORK/refB")
[ "$SNAP_A" != "$SNAP_B" ] || { echo "chaos: A and B must differ"; exit 1; }
OUT="$WORK/out"; cp -a "$WORK/refA" "$OUT"

# 1. Random kills.
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 0 ]; then args=("${A[@]}"); else args=("${B[@]}"); fi
  signal=$(shuf -n1 -e INT TERM KILL HUP)
  delay=$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", r / 32767 * 2.0 }')
  # setsid: a background job's SIGINT is otherwise ignored, as the shell sets it up.
  setsid "$BIN" map $ARTICLE --out "$OUT" "${args[@]}" 2>/dev/null &
  pid=$!
  sleep "$delay"; kill -s "$signal" $pid 2>/dev/null; wait $pid 2>/dev/null; rc=$?
  check "$OUT" "round $round (SIG$signal after ${delay}s, rc $rc)"
  # Its own staging folder (named by its pid) must be gone; a SIGKILLed earlier round's stays until
  # the next run gets as far as writing.
  if [ "$signal" != KILL ] && ls -d "$OUT"/.frontline-staging-$pid-* >/dev/null 2>&1; then
    fail "round $round: SIG$signal left its staging folder"
  fi
done
# The next run sweeps whatever the kills left, and ends in B.
"$BIN" map $ARTICLE --out "$OUT" "${B[@]}" 2>/dev/null || fail "the run after the kills failed"
[ "$(snapshot "$OUT")" = "$SNAP_B" ] || fail "after the kills, a clean run does not give output B"
ls -d "$OUT"/.frontline-staging-* >/dev/null 2>&1 && fail "staging left after a clean run"

# 2. Concurrent runs: one wins (or they follow each other); never a mix.
for round in 1 2 3; do
  "$BIN" map $ARTICLE --out "$OUT" "${A[@]}" 2>"$WORK/errA" & p1=$!
  "$BIN" map $ARTICLE --out "$OUT" "${B[@]}" 2>"$WORK/errB" & p2=$!
  wait $p1; r1=$?; wait $p2; r2=$?
  check "$OUT" "concurrent round $round (rc $r1, $r2)"
  for e in errA errB; do
    if grep -q "error:" "$WORK/$e" && ! grep -q "another frontline run is writing to" "$WORK/$e"; then fail "concurrent: $(grep error: "$WORK/$e")"; fi
  done
done

# 3. Unwritable standard streams.
"$BIN" events $ARTICLE >/dev/full 2>/dev/null; rc=$?
[ $rc = 1 ] || fail "events >/dev/full exited $rc (expected 1)"
"$BIN" map $ARTICLE --out "$OUT" "${A[@]}" >&- 2>/dev/full; rc=$?
[ $rc = 0 ] || fail "map with closed stdout and stderr on /dev/full exited $rc"
check "$OUT" "closed streams"

# 4. A full disk: a tmpfs just larger than one output, so a second run's staging cannot fit.
if [ "$(id -u)" = 0 ] && mkdir -p "$WORK/small" && size=$(( $(du -sk "$WORK/refA" | cut -f1) * 3 / 2 + 64 )) \
   && mount -t tmpfs -o size=${size}k tmpfs "$WORK/small" 2>/dev/null; then
  cp -a "$WORK/refA" "$WORK/small/out"
  SNAP_FULL=$(snapshot "$WORK/small/out")
  "$BIN" map $ARTICLE --out "$WORK/small/out" --radius 14000 2>"$WORK/errFull"; rc=$?
  if [ $rc = 0 ]; then
    echo "chaos: full disk: the run fitted in ${size} KB (nothing to check)"
  else
    grep -q "No space left on device" "$WORK/errFull" || fail "full disk: unclear message: $(tail -1 "$WORK/errFull")"
    [ "$(snapshot "$WORK/small/out")" = "$SNAP_FULL" ] || fail "full disk: the folder changed"
    ls -d "$WORK/small/out"/.frontline-staging-* >/dev/null 2>&1 && fail "full disk: staging left behind"
    echo "chaos: full disk (${size} KB tmpfs): refused with '$(grep -o 'No space left on device' "$WORK/errFull" | head -1)', folder unchanged"
  fi
  umount "$WORK/small"
else
  echo "chaos: full-disk case skipped (needs root and tmpfs)"
fi

if [ $failures = 0 ]; then echo "chaos: all cases passed ($ROUNDS kill rounds, 3 concurrent rounds)"; exit 0; fi
echo "chaos: $failures failure(s)"; exit 1
