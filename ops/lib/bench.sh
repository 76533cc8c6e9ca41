# Shared by the ops/bench-* scripts: one machine-readable line per headline figure, which ops/bench-all collects into
# its table. Source it; it defines functions only.
#   bench_result FIGURE VALUE UNIT TARGET SIZE
# TARGET is "<50", "<=50", ">=70", ">70" or "-" (no target); fields are tab-separated, so they may contain spaces.
bench_result() { printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "$1" "${2:-n/a}" "$3" "$4" "$5"; }
