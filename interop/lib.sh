# Shared by the interop checks (sourced, not run): start the built server on a free loopback port with a
# throw-away data directory, create a member, a client and the client's token with the admin CLI, and
# optionally put Prism's validating proxy in front of the server. Callers set ROOT and WORK, call
# interop_cleanup from their EXIT trap, and read URL, MEMBER_ID, CLIENT_ID and TOKEN afterwards.

JAR="$ROOT/wingspan-server/target/wingspan-server.jar"
SERVER_PID=""
PRISM_PID=""

log() { printf '[interop] %s\n' "$*" >&2; }

interop_cleanup() {
  for pid in "$PRISM_PID" "$SERVER_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}


start_server() {
  if [ ! -f "$JAR" ]; then
    log "building the server jar"
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
  fi
  local port
  port=$(free_port)
  URL="http://127.0.0.1:$port"
  log "starting the server on $URL (log: $WORK/server.log)"
  WINGSPAN_HOST=127.0.0.1 WINGSPAN_PORT=$port WINGSPAN_DATA_DIR="$WORK/data" WINGSPAN_LOG_LEVEL=WARN \
    java -Xmx512m -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "$URL/health/ready" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { log "the server died:"; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.1
  done
  curl -fs -o /dev/null "$URL/health/ready" || { log "the server is not ready after 120 s"; exit 1; }
}

# Sets MEMBER_ID, CLIENT_ID and TOKEN; $1 is a command that prints a named field of JSON read from stdin.
create_accounts() {
  local field="$1"
  admin() { java -jar "$JAR" admin "$@" --data-dir "$WORK/data"; }
  MEMBER_ID=$(admin create-account --kind member --name "Ada Lovelace" --company "Engines Ltd" \
    --email ada@example.com | $field id)
  CLIENT_ID=$(admin create-account --kind client --name "Charles Babbage" --email client@example.com | $field id)
  TOKEN=$(admin create-token --account "$CLIENT_ID" | $field token)
  log "member $MEMBER_ID, client $CLIENT_ID"
}

# With WINGSPAN_PRISM_SPEC set (an OpenAPI file, e.g. one of Wingspan's published specs), starts Prism's
# proxy (npm @stoplight/prism-cli, installed into $WORK) in front of the server and points URL at it: every
# request and answer is then validated against that spec, and prism_violations reports what it found.
start_prism() {
  [ -n "${WINGSPAN_PRISM_SPEC:-}" ] || return 0
  [ -f "$WINGSPAN_PRISM_SPEC" ] || { log "WINGSPAN_PRISM_SPEC: no file $WINGSPAN_PRISM_SPEC"; exit 2; }
  command -v npm >/dev/null || { log "npm is required for WINGSPAN_PRISM_SPEC"; exit 2; }
  log "installing Prism"
  (cd "$WORK" && npm install --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5 >/dev/null)
  local port
  port=$(free_port)
  "$WORK/node_modules/.bin/prism" proxy "$WINGSPAN_PRISM_SPEC" "$URL" --host 127.0.0.1 --port "$port" \
    --errors=false >"$WORK/prism.log" 2>&1 &
  PRISM_PID=$!
  URL="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do
    grep -q "Prism is listening" "$WORK/prism.log" 2>/dev/null && break
    kill -0 "$PRISM_PID" 2>/dev/null || { log "Prism died:"; cat "$WORK/prism.log" >&2; exit 1; }
    sleep 0.1
  done
  log "Prism validates against $(basename "$WINGSPAN_PRISM_SPEC") on $URL (log: $WORK/prism.log)"
}

# Prints Prism's findings; returns non-zero when an answer with a 2xx status broke the spec. Violations on other
# answers (Wingspan's v1 spec documents no error statuses at all) and on requests are shown for information.
prism_violations() {
  [ -n "$PRISM_PID" ] || return 0
  # Prism logs each exchange in order: "... has returned NNN", then its violations, if any.
  awk '
    /has returned [0-9]+/ { match($0, /has returned [0-9]+/); status = substr($0, RSTART + 13, RLENGTH - 13) }
    /Request received/ { request = $0; sub(/^.*\[HTTP SERVER\] /, "", request); sub(/ [^ ]+ +info .*$/, "", request) }
    /Violation: response/ {
      text = $0; sub(/^.*Violation: /, "", text)
      if (status ~ /^2/) { printf "VIOLATION on %s (%s): %s\n", request, status, text; bad = 1 }
      else { printf "note: %s (%s): %s\n", request, status, text }
    }
    /Violation: request/ { text = $0; sub(/^.*Violation: /, "", text); printf "note: %s: %s\n", request, text }
    END { exit bad }' "$WORK/prism.log" >"$WORK/prism.findings"
  local status=$?
  sort "$WORK/prism.findings" | uniq -c | sed 's/^/[prism] /' >&2
  log "Prism: $(grep -c 'Request received' "$WORK/prism.log" || true) requests seen," \
    "$(grep -c '^VIOLATION' "$WORK/prism.findings" || true) violations on 2xx answers"
  return "$status"
}
