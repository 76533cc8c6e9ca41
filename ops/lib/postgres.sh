# Shared by ops/run, ops/test and the benchmarks: a project-owned PostgreSQL without Docker.
# Source it; it defines functions only. Works as root (the server runs as the 'postgres' OS user)
# and as a normal user (the server runs as that user).

pg_bin() {
  local d
  for d in ${PGBIN:-} /usr/lib/postgresql/{17,16,15}/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

# Installs the server with apt where it is missing, or says exactly what to install.
pg_ensure_installed() {
  pg_bin >/dev/null && return 0
  echo "PostgreSQL server not found; installing Debian's postgresql package..." >&2
  apt_install postgresql || {
    echo "Cannot install it here. Install it with: sudo apt-get install postgresql  (or set PGBIN to its bin folder)" >&2
    return 1
  }
  pg_bin >/dev/null
}

apt_install() {
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null || return 1
    sudo=(sudo -n)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Runs a server binary as the owner of the cluster: 'postgres' when we are root.
_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi
}

# pg_local_cluster DATA KEY: the real folder of the cluster kept for DATA (DATA/postgres), created when missing.
# As root in a checkout the 'postgres' OS user cannot enter (a clone under /root, or any mode-700 folder), the
# cluster lives under /var/lib/capability-assessment/<hash of KEY> and DATA/postgres is a link to it. initdb and
# pg_ctl run as 'postgres' and must be given the real path: through the link they would meet the closed folder.
pg_local_cluster() {
  local data=$1 key=$2 real
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ] && ! (cd / && runuser -u postgres -- test -x "$data"); then
    real=/var/lib/capability-assessment/$(echo "$key" | md5sum | cut -c1-12)
    mkdir -p "$real" && chown postgres:postgres "$real" || return 1
    [ "$(readlink -f "$data/postgres" 2>/dev/null)" = "$real" ] || ln -sfn "$real" "$data/postgres" || return 1
  fi
  readlink -f "$data/postgres" 2>/dev/null || echo "$data/postgres"
}

pg_free_port() {
  local p
  for p in $(seq "${1:-54320}" "${2:-54999}"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  return 1
}

# pg_start DIR PORT [durable|throwaway]: initdb DIR once, then start it on 127.0.0.1:PORT.
pg_start() {
  local dir=$1 port=$2 mode=${3:-durable} bin
  bin=$(pg_bin) || return 1
  mkdir -p "$dir"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    _pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
      $([ "$mode" = throwaway ] && echo --no-sync) >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  local opts="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200"
  [ "$mode" = throwaway ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null ||
    { tail -20 "$dir/server.log" >&2; return 1; }
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -t 30
}

# pg_start_free DIR MODE [FROM TO]: pg_start on a free port, echoed. Another script may take the port between the check
# and the bind (two test runs starting together), so a failed bind is retried on the next free port.
pg_start_free() {
  local dir=$1 mode=$2 from=${3:-54320} to=${4:-54999} port attempt
  for attempt in 1 2 3 4 5; do
    port=$(pg_free_port "$from" "$to") || return 1
    mkdir -p "$dir" && rm -f "$dir/server.log"   # pg_start shows the log's tail: only this attempt's lines
    if pg_start "$dir" "$port" "$mode" 2>"$dir/start.log"; then rm -f "$dir/start.log"; echo "$port"; return 0; fi
    grep -q "Address already in use" "$dir/start.log" || { cat "$dir/start.log" >&2; rm -f "$dir/start.log"; return 1; }
    from=$((port + 1))
  done
  cat "$dir/start.log" >&2; rm -f "$dir/start.log"
  return 1
}

pg_stop() {
  local dir=$1 bin
  bin=$(pg_bin) || return 0
  [ -f "$dir/data/postmaster.pid" ] || return 0
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
}

# As the cluster's owner: pg_ctl refuses to run as root, so as root this was always "not running" before.
pg_running() { [ -f "$1/data/postmaster.pid" ] && _pg_as_owner "$(pg_bin)/pg_ctl" -D "$1/data" status >/dev/null 2>&1; }

# pg_running_port DIR: the port a running cluster listens on (line 4 of postmaster.pid).
pg_running_port() { sed -n 4p "$1/data/postmaster.pid"; }

pg_create_db() {
  local port=$1 db=$2 bin
  bin=$(pg_bin)
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
    "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null
}

# The build bundles the GraphQL explorer with npm (src/CapabilityAssessment/Explorer).
npm_ensure() {
  command -v npm >/dev/null && return 0
  echo "npm not found; installing Debian's nodejs and npm packages (the build bundles the GraphQL explorer)..." >&2
  apt_install nodejs npm || { echo "Install Node.js and npm with: sudo apt-get install nodejs npm" >&2; return 1; }
}

dotnet_ensure() {
  command -v dotnet >/dev/null && return 0
  echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2
  return 1
}
