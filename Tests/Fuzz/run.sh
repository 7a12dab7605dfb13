#!/usr/bin/env bash
# make fuzz: builds each Tests/Fuzz/Fuzz*.swift harness with libFuzzer + AddressSanitizer and runs it
# for FUZZ_SECONDS (default 60) on a corpus seeded from the project's own inputs. A crash stops the
# run with exit 1 and leaves the input in .fuzz/<harness>/crash-*: add it as a regression test.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
B=.build-fuzz/release
swift build --scratch-path .build-fuzz -c release --target FrontlineMaps \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xcc -fsanitize=fuzzer-no-link,address
YAMS_MAP=$(find .build-fuzz/checkouts/Yams -name module.modulemap -path '*CYaml*' | head -1)
# (An object whose source file was deleted or moved stays in an incremental build folder: leave it out.)
OBJECTS=$(for o in $(find $B/FrontlineMaps.build $B/Yams.build $B/CYaml.build $B/Proj.build $B/Geos.build -name '*.o'); do
  case "$o" in
    */FrontlineMaps.build/*.swift.o) [ -n "$(find Sources/FrontlineMaps -name "$(basename "$o" .o)" -print -quit)" ] || continue ;;
  esac
  echo "$o"
done)
status=0
for harness in Tests/Fuzz/Fuzz*.swift; do
  name=$(basename "$harness" .swift)
  work=.fuzz/$name
  mkdir -p "$work/corpus"
  # Seeds: the project's articles and ledgers, and the harness's own seed folder when present.
  [ "$name" = FuzzArticle ] && cp articles/*.md "$work/corpus/"
  if [ -d "Tests/Fuzz/seeds/$name" ]; then cp Tests/Fuzz/seeds/$name/* "$work/corpus/"; fi
  # The linker warns about every ASan symbol it cannot export: keep that out of the way, but show
  # everything when the harness does not build (a harness that no longer compiles must fail CI loudly).
  if ! swiftc -sanitize=fuzzer,address -parse-as-library -O "$harness" -I $B/Modules -I Sources/CProj -I Sources/CGEOS \
    -Xcc -fmodule-map-file="$(pwd)/$YAMS_MAP" $OBJECTS -lproj -lgeos_c -o "$work/$name" >"$work/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$work/build.log" >&2
    echo "$name: the harness does not compile (full log: $work/build.log)" >&2
    exit 1
  fi
  echo "== $name: ${SECONDS_EACH}s"
  if ! (cd "$work" && ./"$name" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 corpus 2>&1 | grep -E "^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)|Fatal error|crash-|timeout-|oom-|leak-"); then
    :
  fi
  if ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-* >/dev/null 2>&1; then
    echo "$name: findings in $work — turn each into a regression test"; status=1
  fi
done
exit $status
