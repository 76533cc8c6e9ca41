# Shared by the ops/perf-* scripts: one machine-readable line per headline figure, which ops/perf-all collects into
# its table. Source it; it defines functions only.
#   perf_result FIGURE VALUE UNIT TARGET SIZE
# TARGET is "<50", "<=50", ">=70", ">70" or "-" (no target); fields are tab-separated, so they may contain spaces.
perf_result() { printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "$1" "${2:-n/a}" "$3" "$4" "$5"; }

# perf_setup NAME [PROJECT...]: the set-up every database benchmark shares. Installs what it needs (PostgreSQL, the
# .NET SDK), builds the benchmarks project (and each PROJECT) in Release, starts a throwaway durable (fsync on)
# PostgreSQL with a database "bench", and removes it at exit. Sets dir, bin, port, pg (psql's connection arguments),
# connection (an Npgsql connection string) and bench (the benchmarks command). Needs ops/lib/postgres.sh sourced.
# perf_on_exit COMMAND adds a clean-up step that runs before the database stops.
perf_setup() {
  local name=$1 project
  shift
  pg_ensure_installed
  dotnet_ensure
  bin=$(pg_bin)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/perf-$name.XXXXXX")
  perf_exit_hooks=()
  trap perf_cleanup EXIT
  echo "building the benchmarks (Release)..."
  for project in ops/perf/CapabilityAssessment.Perf "$@"; do
    dotnet build "$project" -c Release -v quiet -nologo >"$dir/build.log" 2>&1 || { cat "$dir/build.log" >&2; exit 1; }
  done
  port=$(pg_free_port 55000 55999)
  pg_start "$dir" "$port" durable
  pg=(-h 127.0.0.1 -p "$port" -U postgres)
  "$bin/psql" "${pg[@]}" -d postgres -qc "CREATE DATABASE bench" >/dev/null
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=bench"
  bench="dotnet ops/perf/CapabilityAssessment.Perf/bin/Release/net10.0/CapabilityAssessment.Perf.dll"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port, durable (fsync=on," \
       "synchronous_commit=on); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

perf_on_exit() { perf_exit_hooks+=("$1"); }

perf_cleanup() {
  local hook
  for hook in "${perf_exit_hooks[@]}"; do eval "$hook" || true; done
  pg_stop "$dir"
  rm -rf "$dir"
}
