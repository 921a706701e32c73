#!/usr/bin/env bash
# Builds and runs Lectern's libFuzzer harnesses (Fuzz/; docs/RELIABILITY.md, "Fuzzing").
#
#   scripts/fuzz.sh --list                          the targets, one a line, with what each feeds
#   scripts/fuzz.sh TARGET SECONDS [FLAG…]          build TARGET and fuzz it for SECONDS (extra libFuzzer flags last)
#   scripts/fuzz.sh TARGET --run FILE…              build TARGET and run each input once (reproduce a crash)
#   scripts/fuzz.sh --build [TARGET…]               build only (all targets by default)
#   scripts/fuzz.sh --seeds                         rewrite the seed corpus in Fuzz/corpus/
#
# The harnesses are executable targets that Package.swift declares only when LECTERN_FUZZ=1, built in release
# with --sanitize fuzzer --sanitize address in .build-fuzz/, so `swift build` and `swift test` never see them.
# Every run uses -timeout=2 (a slow input is a failure, kept as timeout-*), the committed seeds in
# Fuzz/corpus/TARGET/ and a growing corpus in Fuzz/work/TARGET/corpus/ (git-ignored); crashes, leaks, timeouts
# and out-of-memory inputs land in Fuzz/work/TARGET/artifacts/, the log in Fuzz/work/TARGET/last-run.log.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch="$root/.build-fuzz"
targets=(decode sidecar docx keys search)

describe() {
    case $1 in
        decode)  echo "bytes → TextDecoder (auto-detected and each forced encoding) → DocumentParser → DocumentChecker, DocumentJSON.outline" ;;
        sidecar) echo "sidecar bytes → SidecarJSONParser, AnnotationCodec decode → encode → decode, re-anchoring, exports, save" ;;
        docx)    echo ".docx zip bytes (or NUL-separated XML parts, zipped by the harness) → DocxImporter (small DocxLimits) → document" ;;
        keys)    echo "key notation and the : command line → a headless reader on the sample, a frame after every key" ;;
        search)  echo "a search query, literal or regex, typed into the reader's / prompt; SearchMatcher against a reference" ;;
        *) return 1 ;;
    esac
}

# The longest input per target. Short inputs run fastest and find most; longer seeds (the whole sample, 29 KB)
# are cut to it when they are read.
max_len() {
    case $1 in
        decode) echo 16384 ;; sidecar) echo 16384 ;; docx) echo 32768 ;; keys) echo 512 ;; search) echo 1024 ;;
    esac
}

# Leaks are checked after every input, except in docx: every malformed part leaks in FoundationXML
# (Fuzz/lsan.supp), so each input would cost a whole-heap leak scan (0.3–2 s).
# There the run fuzzes without the check, then checks each input of the corpus for leaks once.
leaks_inline() { [ "$1" != docx ]; }

is_target() { describe "$1" >/dev/null 2>&1; }

# swiftc keeps only the last -sanitize= it is given, and SwiftPM writes one per --sanitize in an order that changes
# from run to run: `--sanitize fuzzer --sanitize address` built with coverage or with AddressSanitizer, not both.
# So the sanitizers go in one -Xswiftc flag (after SwiftPM's own); --sanitize fuzzer stays, for SwiftPM to link
# libFuzzer's main instead of the executable's. Each binary is checked for both.
build() {
    # One product per invocation: SwiftPM builds a single --product at a time.
    for t in "$@"; do
        echo "building fuzz-$t (release, fuzzer + address sanitizers) in .build-fuzz …" >&2
        (cd "$root" && LECTERN_FUZZ=1 swift build -c release --scratch-path "$scratch" --sanitize fuzzer \
            -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --product "fuzz-$t" 2>&1 \
            | { grep -v -e 'ld.gold: warning: Cannot export local symbol' >&2 || true; })
        local object="$scratch/release/LecternCore.build/TextDecoder.swift.o" cov asan
        cov=$(nm "$object" | grep -c __sanitizer_cov || true)
        asan=$(nm "$object" | grep -c __asan_report || true)
        if [ "$cov" -eq 0 ] || [ "$asan" -eq 0 ]; then
            echo "LecternCore lacks coverage ($cov) or AddressSanitizer ($asan) instrumentation; remove .build-fuzz and build again" >&2
            exit 1
        fi
    done
}

binary() { echo "$scratch/release/fuzz-$1"; }

# The Swift runtime's crash backtracer hangs after a crash under libFuzzer (swift-backtrace was still waiting
# minutes later); libFuzzer and AddressSanitizer print their own stack traces. LECTERN_ROOT lets the harnesses find the sample. Fuzz/lsan.supp names leaks outside Lectern.
run_env() {
    env SWIFT_BACKTRACE=enable=no LECTERN_ROOT="$root" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
        LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" "$@"
}

write_seeds() {
    local corpus="$root/Fuzz/corpus"
    build decode sidecar docx
    # found-* files are inputs that once crashed a target (each also a regression test); they are kept.
    for t in decode sidecar docx; do
        mkdir -p "$corpus/$t"
        find "$corpus/$t" -type f ! -name 'found-*' -delete
        ASAN_OPTIONS=detect_leaks=0 run_env LECTERN_FUZZ_WRITE_SEEDS="$corpus/$t" "$(binary "$t")"
    done
    # Two small public documents of the real-dev set (a speech and a speech outline), as they are.
    local realdev="${LECTERN_REAL_DEV:-/work/shared/real-dev}"
    for f in 08_shaoxing-edu-bureau-chief-staff-congress-speech.txt 10_shaoxing-party-secretary-speech-outline-2018.txt; do
        if [ -f "$realdev/$f" ]; then cp "$realdev/$f" "$corpus/decode/real-$f"; else echo "no $realdev/$f; skipped" >&2; fi
    done
    # Keys: the first byte chooses notation (even) or command lines (odd), a second file (2), the screen size (4, 8),
    # a frame after every key (16).
    mkdir -p "$corpus/keys" "$corpus/search"
    find "$corpus/keys" "$corpus/search" -type f ! -name 'found-*' -delete
    local n=0
    while IFS= read -r line; do
        n=$((n + 1))
        local flag=${line%% *} keys=${line#* }
        printf "\\x$flag%s" "$keys" > "$corpus/keys/keys-$n"
    done <<'EOF'
10 jjjjj5j3]]<C-d><Space>bGgzMzR<Tab>jj<Tab>1<Tab>gh?<Space><Esc><F1>q
00 :2.4.3<Enter>a纪律 考核<Enter>e要落实到人<C-j>第二行：考核<BS><BS>评议<Enter>s:2.4.2<Enter>sss<Tab>
00 :2.4.1<Enter>a纪律 考核 纪检<Enter>:2.4.2<Enter>a考<Tab><Enter>:2.4.3<Enter>a纪<Tab><Tab><Enter>zt纪<Tab><Enter>
00 :2.4.3<Enter>jvlllllh<Left>a<Enter>:2.4.3<Enter>jv)a纪律<Enter>vV<Esc>Vja<Enter>v}}
00 :2.4.3<Enter>T<BS><BS><BS>考核<Enter>uxu]a]a[aA/#考<Enter><Enter>Aj<Enter>Aq
00 :2.4.3<Enter>ma:1.1<Enter>'a''<C-o><C-t>p}{[[]][s]s:2.4<Enter>zczoza
10 /知人善任<Enter>nnNN:regex<Enter>/[一二]是政[治策].{2}能力<Enter>:literal<Enter>/，<Enter>:noh<Enter>
10 <Click:4,2><Click:60,4><ScrollDown:60,5><ScrollUp:60,5><Press:40,6><Release:46,7><Resize:60x20>jj<Resize:24x8>
00 :2.4.3<Enter>e中文<C-j>笔记<Left><Left><Up><Down><Home><End><BS><Enter>E:w<Enter>:w /fuzz/copy.json<Enter>
02 ]f:b.txt:2.4.3<Enter>a纪律<Enter>:2:1<Enter>]f[f]a]a]a]aA/实绩<Enter>
06 <Tab>jj<Enter><lt><lt>>>>t<Tab>tzMzR
08 jjjjjjj:3.1<Enter>a三<Enter>?jjjj<PageDown><PageUp><Home>q
0c <Resize:100x300>G<Resize:0x0>jj<Resize:1x1>k<Resize:100x30>
01 2.4.3
01 regex
01 tag 纪律
01 status todo
01 level 2
11 w /fuzz/copy.json
03 b.txt:2.4.3
01 1.2
01 nonsense
01 q
EOF
    printf '2.4.3\nstatus doing\ntag 纪律 考核\nlevel 0\nnoh\nliteral\n3\n9.9\n２．４．３\nw\nhelp\n' | (printf '\x01'; cat) > "$corpus/keys/commands"
    # Search: the first byte chooses regex (1), backward (2), QUERY NUL TEXT (4), a frame after every key (8).
    printf '\x00知人善任' > "$corpus/search/literal"
    printf '\x00ＡＢＣ，' > "$corpus/search/fullwidth"
    printf '\x02能力' > "$corpus/search/backward"
    printf '\x01[一二]是政[治策].{2}能力' > "$corpus/search/regex"
    printf '\x01(干部|考核)+\\s*[^。]{0,5}$' > "$corpus/search/regex-alternation"
    printf '\x01[' > "$corpus/search/regex-invalid"
    printf '\x08知人' > "$corpus/search/every-key"
    printf '\x09(干部|考核)+' > "$corpus/search/regex-every-key"
    printf '\x04abc\x00ABC abc ａｂｃ Ａｂc\n\n同志们：\n一、知人善任abc。\n' > "$corpus/search/text"
    printf '\x05。\x00句子一。句子二｡句子三。\n' > "$corpus/search/regex-text"
    echo "seeds written to Fuzz/corpus/ ($(du -sh "$corpus" | cut -f1))" >&2
}

case "${1:-}" in
    --list)
        for t in "${targets[@]}"; do printf '%-8s %s\n' "$t" "$(describe "$t")"; done
        exit 0 ;;
    --build)
        shift
        if [ $# -eq 0 ]; then build "${targets[@]}"; else build "$@"; fi
        exit 0 ;;
    --seeds)
        write_seeds
        exit 0 ;;
    ""|-h|--help)
        sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 0 ;;
esac

target=$1
is_target "$target" || { echo "unknown target '$target'; scripts/fuzz.sh --list names them" >&2; exit 2; }
shift
[ $# -ge 1 ] || { echo "usage: scripts/fuzz.sh $target SECONDS | $target --run FILE…" >&2; exit 2; }
build "$target"
bin=$(binary "$target")

if [ "$1" = "--run" ]; then
    shift
    run_env "$bin" -timeout=2 "$@"
    exit $?
fi

seconds=$1
shift
work="$root/Fuzz/work/$target"
mkdir -p "$work/corpus" "$work/artifacts"
dict=()
[ -f "$root/Fuzz/dict/$target.dict" ] && dict=(-dict="$root/Fuzz/dict/$target.dict")
log="$work/last-run.log"
marker="$work/.started"
touch "$marker"
echo "fuzzing $target for $seconds s; log in ${log#"$root"/}" >&2
status=0
leaks=1
leaks_inline "$target" || leaks=0
run_env "$bin" -timeout=2 -max_total_time="$seconds" -max_len="$(max_len "$target")" -print_final_stats=1 \
    -detect_leaks=$leaks -artifact_prefix="$work/artifacts/" "${dict[@]}" "$@" "$work/corpus" "$root/Fuzz/corpus/$target" \
    >"$log" 2>&1 || status=$?
leakcheck=""
if [ $status -eq 0 ] && [ $leaks -eq 0 ]; then
    # Every input of the corpus once, with the leak check (libFuzzer checks each input it loads).
    started=$(date +%s)
    run_env "$bin" -timeout=10 -runs=0 -detect_leaks=1 -max_len="$(max_len "$target")" \
        -artifact_prefix="$work/artifacts/" "$work/corpus" "$root/Fuzz/corpus/$target" >"$work/leak-check.log" 2>&1 || status=$?
    leakcheck=", leak check of the corpus $(( $(date +%s) - started )) s: $([ $status -eq 0 ] && echo clean || echo FAILED, see ${work#"$root"/}/leak-check.log)"
fi

# One summary line: executions, coverage and features of the last status line, and what was found.
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
speed=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
corpus=$(sed -nE 's/.* corp: ([0-9]+\/[0-9a-zA-Z]+).*/\1/p' <<<"$last")
found=$(grep -E '^(==[0-9]+==ERROR|SUMMARY|.*Fatal error|.*property broken)' "$log" | head -3 || true)
echo "$target: ${seconds} s, ${execs:-?} executions (${speed:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corpus:-?}${leakcheck}, exit $status"
if [ -n "$found" ]; then echo "$found"; fi
find "$work/artifacts" -type f -newer "$marker" | sed "s|^$root/|  new artifact: |" || true
exit "$status"
