# shellcheck shell=bash
# Configuration of one Agora Payara domain, driven by the files next to this one:
#   agents.txt       one JMS queue per agent (jms/agora/<key>, physical name Agora_<key>)
#   jvm-options.txt  JVM options (heap, MicroProfile JWT keys, demo data)
#   jdbc-pool.txt    JDBC pool agoraPool behind jdbc/agora
#   settings.txt     EJB/MDB/HTTP pool sizes
#   perimeter.txt    admin, broker and other listeners on loopback; no version headers
#   logging.txt      bounded server log rotation
#   log-levels.txt   levels of loggers that are too talkative at their default
#
# Sourced by ./agora, which provides log, die, ASADMIN, AGORA_LIB_DIR and PG_JDBC_JAR.
# Every step first reads the current state (list-*/get) and changes only what differs, so running
# it again is cheap and safe; the domain is restarted only when something that needs a restart
# (JVM options, the JDBC driver library, the JMS broker type, a MicroProfile service, the JDBC pool) changed.

SERVER_CONFIG_DIR="${SERVER_CONFIG_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"

AGORA_POOL=agoraPool
AGORA_JDBC_RESOURCE=jdbc/agora
AGORA_JMS_PREFIX=jms/agora

# domain_use NAME PORTBASE DB_NAME
# Selects the domain the other functions work on. An empty PORTBASE means Payara's standard ports
# (admin 4848, HTTP 8080), which is how domain1 ships in the distribution.
domain_use() {
  DOMAIN_NAME="$1"
  DOMAIN_PORTBASE="$2"
  DOMAIN_DB="$3"
  if [[ -n "$DOMAIN_PORTBASE" ]]; then
    DOMAIN_ADMIN_PORT=$((DOMAIN_PORTBASE + 48))
    DOMAIN_HTTP_PORT=$((DOMAIN_PORTBASE + 80))
    DOMAIN_SMTP_PORT=$((DOMAIN_PORTBASE + 25))
    DOMAIN_JMS_PORT=$((DOMAIN_PORTBASE + 76))
    DOMAIN_AUTOMATIC_PICKING=false
  else
    DOMAIN_ADMIN_PORT=4848
    DOMAIN_HTTP_PORT=8080
    DOMAIN_SMTP_PORT=2525
    DOMAIN_JMS_PORT=7676
    DOMAIN_AUTOMATIC_PICKING=true
  fi
  DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN_NAME"
  DOMAIN_LOG="$DOMAIN_DIR/logs/server.log"
  DOMAIN_JWT_DIR="$DOMAIN_DIR/config/agora-jwt"
  DOMAIN_NEEDS_RESTART=0
}

# asadmin without a terminal: TERM=dumb silences jline's "Unable to retrieve infocmp" noise and
# </dev/null guarantees it can never wait for a prompt.
asadmin_local() {
  TERM=dumb "$ASADMIN" --interactive=false "$@" </dev/null
}

asadmin_domain() {
  TERM=dumb "$ASADMIN" --interactive=false --host localhost --port "$DOMAIN_ADMIN_PORT" "$@" </dev/null
}

# Runs a remote command quietly (its output can contain the database password) and shows the
# output only when it fails.
asadmin_domain_quiet() {
  local out
  if ! out=$(asadmin_domain "$@" 2>&1); then
    printf '%s\n' "$out" | sed -E 's/(password=)[^ ]*/\1*****/' >&2
    die "asadmin $1 failed on domain $DOMAIN_NAME"
  fi
}

# asadmin_value OUTPUT NAME: the value of NAME=... in the output of `asadmin get`.
asadmin_value() {
  local line
  while IFS= read -r line; do
    if [[ "$line" == "$2="* ]]; then
      printf '%s\n' "${line#"$2="}"
      return 0
    fi
  done <<<"$1"
  return 1
}

# asadmin splits operand lists such as JVM options on ':', so literal colons need a backslash.
asadmin_escape() {
  printf '%s' "${1//:/\\:}"
}

# Lines of a server-config file without comments and blank lines, placeholders filled in.
config_lines() {
  local file="$SERVER_CONFIG_DIR/$1" line
  [[ -f "$file" ]] || die "missing $file"
  while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line%$'\r'}"
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    line="${line//@JWT_DIR@/$DOMAIN_JWT_DIR}"
    line="${line//@SMTP_PORT@/$DOMAIN_SMTP_PORT}"
    line="${line//@AUTOMATIC_PICKING@/$DOMAIN_AUTOMATIC_PICKING}"
    line="${line//@DB_NAME@/$DOMAIN_DB}"
    line="${line//@DB_PORT@/${PG_PORT:-5432}}"
    line="${line//@DB_PASSWORD@/${DB_PASSWORD:-}}"
    printf '%s\n' "$line"
  done <"$file"
}

domain_exists() {
  [[ -f "$DOMAIN_DIR/config/domain.xml" ]]
}

domain_running() {
  domain_exists || return 1
  local out
  out=$(asadmin_local list-domains 2>/dev/null) || return 1
  awk -v d="$DOMAIN_NAME" '$1 == d && $2 == "running" { found = 1 } END { exit !found }' <<<"$out"
}

domain_create() {
  if domain_exists; then
    log "Payara domain $DOMAIN_NAME exists (admin $DOMAIN_ADMIN_PORT, HTTP $DOMAIN_HTTP_PORT)"
    return 0
  fi
  log "Creating Payara domain $DOMAIN_NAME (admin $DOMAIN_ADMIN_PORT, HTTP $DOMAIN_HTTP_PORT)"
  # Local use only: admin has no password, like the domain1 Payara ships with.
  if [[ -n "$DOMAIN_PORTBASE" ]]; then
    asadmin_local create-domain --portbase "$DOMAIN_PORTBASE" --nopassword=true "$DOMAIN_NAME" >/dev/null
  else
    asadmin_local create-domain --adminport "$DOMAIN_ADMIN_PORT" --instanceport "$DOMAIN_HTTP_PORT" \
      --nopassword=true "$DOMAIN_NAME" >/dev/null
  fi
}

domain_start() {
  if domain_running; then
    log "Payara domain $DOMAIN_NAME is already running"
    return 0
  fi
  log "Starting Payara domain $DOMAIN_NAME"
  if ! asadmin_local start-domain "$DOMAIN_NAME" >/dev/null; then
    domain_log_tail 80
    die "could not start Payara domain $DOMAIN_NAME"
  fi
}

domain_stop() {
  if domain_running; then
    log "Stopping Payara domain $DOMAIN_NAME"
    asadmin_local stop-domain "$DOMAIN_NAME" >/dev/null
  else
    log "Payara domain $DOMAIN_NAME is not running"
  fi
}

# restart-domain re-launches the JVM from inside the old one. Once in a few dozen restarts the embedded broker's
# resource adapter timed out on stop (RAR8052) and the old JVM exited without launching the new one, while
# restart-domain kept waiting (up to its --timeout, 600 s by default). So the wait is shorter, and then the domain is
# started from the outside. (Not a stop and a start in the first place: while a configuration change awaits the
# restart, list-domains and stop-domain may not see the running server, measured with Payara 6.2025.9, and a second
# server would fail on its ports.)
domain_restart_now() {
  if asadmin_local restart-domain --timeout 240 "$DOMAIN_NAME" >/dev/null 2>&1; then
    return 0
  fi
  log "restart-domain did not bring $DOMAIN_NAME back; starting it"
  if ! asadmin_local start-domain "$DOMAIN_NAME" >/dev/null; then
    domain_log_tail 80
    die "could not restart Payara domain $DOMAIN_NAME"
  fi
}

domain_restart() {
  log "Restarting Payara domain $DOMAIN_NAME to apply the changes above"
  domain_restart_now
  DOMAIN_NEEDS_RESTART=0
}

domain_log_tail() {
  local lines="${1:-100}"
  if [[ -f "$DOMAIN_LOG" ]]; then
    echo "----- last $lines lines of $DOMAIN_LOG -----" >&2
    tail -n "$lines" "$DOMAIN_LOG" >&2
    echo "----- end of $DOMAIN_LOG -----" >&2
  fi
}

# The key pair lives with the domain (not in the repository), one per domain, made once.
domain_ensure_jwt_keys() {
  local dir="$DOMAIN_JWT_DIR"
  if [[ -s "$dir/private.pem" && -s "$dir/public.pem" ]]; then
    log "JWT key pair present in $dir"
    return 0
  fi
  log "Generating the JWT RSA 2048 key pair in $dir"
  mkdir -p "$dir"
  chmod 700 "$dir"
  local tmp
  tmp=$(mktemp -d "$dir/.new.XXXXXX")
  # genpkey writes PKCS#8 (BEGIN PRIVATE KEY), the form Java's PKCS8EncodedKeySpec reads directly.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/private.pem" 2>/dev/null
  openssl pkey -in "$tmp/private.pem" -pubout -out "$tmp/public.pem"
  grep -q -- '-----BEGIN PRIVATE KEY-----' "$tmp/private.pem" || die "openssl did not write a PKCS#8 key"
  grep -q -- '-----BEGIN PUBLIC KEY-----' "$tmp/public.pem" || die "openssl did not write a public key"
  chmod 600 "$tmp/private.pem"
  chmod 644 "$tmp/public.pem"
  mv -f "$tmp/public.pem" "$dir/public.pem"
  mv -f "$tmp/private.pem" "$dir/private.pem"
  rmdir "$tmp"
}

domain_ensure_library() {
  local jar_name libs old
  jar_name=$(basename "$PG_JDBC_JAR")
  libs=$(asadmin_domain list-libraries)
  if grep -qxF -- "$jar_name" <<<"$libs"; then
    log "JDBC driver $jar_name already added"
    return 0
  fi
  # Two driver versions on the common class path would make the loaded one a matter of luck.
  for old in $(grep -xE 'postgresql-.*\.jar' <<<"$libs" || true); do
    log "Removing old JDBC driver library $old"
    asadmin_domain remove-library "$old" >/dev/null
  done
  log "Adding JDBC driver $jar_name (add-library)"
  asadmin_domain add-library "$PG_JDBC_JAR" >/dev/null
  DOMAIN_NEEDS_RESTART=1
}

# A JVM takes one collector and refuses to start with two, so every -XX:+Use...GC is one key: the collector the
# file names replaces the one the domain had.
jvm_option_key() {
  local opt="$1" name
  case "$opt" in
    -D*) printf '%s\n' "${opt%%=*}" ;;
    -Xmx* | -Xms* | -Xss* | -Xmn*) printf '%s\n' "${opt:0:4}" ;;
    -XX:[+-]Use*GC) printf -- '-XX:collector\n' ;;
    -XX:[+-]*) name="${opt#-XX:?}"; printf -- '-XX:%s\n' "${name%%=*}" ;;
    -XX:*) name="${opt#-XX:}"; printf -- '-XX:%s\n' "${name%%=*}" ;;
    *) printf '%s\n' "$opt" ;;
  esac
}

domain_ensure_jvm_options() {
  local current wanted opt key existing changed=0
  current=$(asadmin_domain list-jvm-options)
  wanted=$(config_lines jvm-options.txt)
  while IFS= read -r opt <&3; do
    [[ -n "$opt" ]] || continue
    if grep -qxF -- "$opt" <<<"$current"; then
      continue
    fi
    key=$(jvm_option_key "$opt")
    while IFS= read -r existing <&4; do
      [[ -n "$existing" && "$existing" == -* ]] || continue
      if [[ "$(jvm_option_key "$existing")" == "$key" ]]; then
        log "JVM option: removing $existing"
        asadmin_domain delete-jvm-options "$(asadmin_escape "$existing")" >/dev/null
      fi
    done 4<<<"$current"
    log "JVM option: adding $opt"
    asadmin_domain create-jvm-options "$(asadmin_escape "$opt")" >/dev/null
    changed=1
  done 3<<<"$wanted"
  if ((changed)); then
    DOMAIN_NEEDS_RESTART=1
  else
    log "JVM options up to date"
  fi
}

domain_ensure_embedded_broker() {
  local name=configs.config.server-config.jms-service.type out type
  out=$(asadmin_domain get "$name")
  type=$(asadmin_value "$out" "$name") || die "cannot read $name"
  if [[ "$type" == EMBEDDED ]]; then
    log "JMS broker: embedded OpenMQ"
    return 0
  fi
  log "JMS broker type is $type, switching to EMBEDDED"
  asadmin_domain set "$name=EMBEDDED" >/dev/null
  DOMAIN_NEEDS_RESTART=1
}

# Health and metrics are on by default in Payara 6; this only repairs a domain where someone
# turned them off. /openapi stays enabled for the API documentation.
domain_ensure_microprofile() {
  local svc out enabled
  for svc in microprofile-healthcheck metrics openapi; do
    out=$(asadmin_domain "get-$svc-configuration")
    enabled=$(awk 'prev ~ /^Enabled/ { print $1; exit } { prev = $0 }' <<<"$out")
    if [[ "$enabled" == true ]]; then
      log "MicroProfile $svc: enabled"
    else
      log "MicroProfile $svc: was '$enabled', enabling"
      asadmin_domain "set-$svc-configuration" --enabled=true >/dev/null
      DOMAIN_NEEDS_RESTART=1
    fi
  done
}

# domain_ensure_settings FILE: applies the NAME=VALUE lines of FILE that differ; returns 1 when none did.
domain_ensure_settings() {
  local file="$1" line name value out current changed=0
  while IFS= read -r line <&3; do
    name="${line%%=*}"
    value="${line#*=}"
    out=$(asadmin_domain get "$name" 2>&1) || die "setting $name does not exist in domain $DOMAIN_NAME: $out"
    current=$(asadmin_value "$out" "$name") || die "cannot read $name"
    if [[ "$current" != "$value" ]]; then
      log "Setting $name=$value (was $current)"
      asadmin_domain set "$name=$value" >/dev/null
      changed=1
    fi
  done 3< <(config_lines "$file")
  ((changed))
}

# Listener addresses and headers are read when Payara starts.
domain_ensure_perimeter() {
  if domain_ensure_settings perimeter.txt; then
    DOMAIN_NEEDS_RESTART=1
  else
    log "Perimeter up to date (admin and broker on loopback, no version headers)"
  fi
}

# Log attributes and levels take effect at once, without a restart.
domain_ensure_logging() {
  domain_ensure_log_settings logging.txt list-log-attributes set-log-attributes "Log rotation"
  domain_ensure_log_settings log-levels.txt list-log-levels set-log-levels "Log levels"
}

# domain_ensure_log_settings FILE LIST-COMMAND SET-COMMAND WHAT: both commands print and take NAME=VALUE pairs
# (listed as "NAME<TAB><VALUE>").
domain_ensure_log_settings() {
  local current line name changed=0
  current=$(asadmin_domain "$2")
  while IFS= read -r line <&3; do
    name="${line%%=*}"
    if ! grep -qxF -- "$name"$'\t'"<${line#*=}>" <<<"$current"; then
      log "$4: $line"
      asadmin_domain "$3" "$(asadmin_escape "$line")" >/dev/null
      changed=1
    fi
  done 3< <(config_lines "$1")
  ((changed)) || log "$4 up to date"
}

# config_value FILE NAME: the value of the line NAME=... in a server-config file.
config_value() {
  local line
  while IFS= read -r line; do
    if [[ "$line" == "$2="* ]]; then
      printf '%s\n' "${line#"$2="}"
      return 0
    fi
  done < <(config_lines "$1")
  die "$1 has no line $2=..."
}

domain_ensure_jdbc() {
  local pools prefix="resources.jdbc-connection-pool.$AGORA_POOL" out line name value current
  local class restype
  local -a updates=()
  class=$(config_value jdbc-pool.txt datasource-classname)
  restype=$(config_value jdbc-pool.txt res-type)
  pools=$(asadmin_domain list-jdbc-connection-pools)
  local existed=0
  if grep -qxF -- "$AGORA_POOL" <<<"$pools"; then
    existed=1
    # Payara takes the kind of a pool (plain or XA) from the attributes it was created with; setting them
    # on a live pool leaves the old kind running until a restart. A domain made with other values (before
    # the switch to XA) gets the pool and its resource anew, which takes effect at once.
    out=$(asadmin_domain get "$prefix.*")
    if [[ "$(asadmin_value "$out" "$prefix.datasource-classname" || true)" != "$class" ||
      "$(asadmin_value "$out" "$prefix.res-type" || true)" != "$restype" ]]; then
      log "JDBC pool $AGORA_POOL is not a $restype of $class: deleting it and its resource"
      asadmin_domain_quiet delete-jdbc-connection-pool --cascade=true "$AGORA_POOL"
      pools=""
    fi
  fi
  if ! grep -qxF -- "$AGORA_POOL" <<<"$pools"; then
    log "Creating JDBC pool $AGORA_POOL ($restype $class)"
    asadmin_domain create-jdbc-connection-pool --datasourceclassname "$class" --restype "$restype" \
      "$AGORA_POOL" >/dev/null
  fi
  out=$(asadmin_domain get "$prefix.*")
  while IFS= read -r line <&3; do
    name="${line%%=*}"
    value="${line#*=}"
    current=$(asadmin_value "$out" "$prefix.$name") || current="<unset>"
    if [[ "$current" != "$value" ]]; then
      if [[ "$name" == *password* ]]; then
        log "JDBC pool $AGORA_POOL: updating $name"
      else
        log "JDBC pool $AGORA_POOL: $name=$value (was $current)"
      fi
      updates+=("$prefix.$name=$value")
    fi
  done 3< <(config_lines jdbc-pool.txt)
  if ((${#updates[@]})); then
    asadmin_domain_quiet set "${updates[@]}"
  else
    log "JDBC pool $AGORA_POOL up to date (database $DOMAIN_DB)"
  fi
  if ! grep -qxF -- "$AGORA_JDBC_RESOURCE" <<<"$(asadmin_domain list-jdbc-resources)"; then
    log "Creating JDBC resource $AGORA_JDBC_RESOURCE"
    asadmin_domain create-jdbc-resource --connectionpoolid "$AGORA_POOL" "$AGORA_JDBC_RESOURCE" >/dev/null
  fi
  if ((existed && ${#updates[@]})); then
    # Payara reconfigures a pool in use when its attributes are set, and an application using a pool that was
    # deleted and created anew keeps failing; measured with 6.2025.9, the pool then refused every connection
    # ("No password credential found", "No Pool Meta Data object") until the domain was restarted.
    log "JDBC pool $AGORA_POOL changed: it takes effect with a restart"
    DOMAIN_NEEDS_RESTART=1
  fi
}

# After domain_ensure_jdbc and the restart it may ask for: a changed pool refuses connections until then.
domain_ping_jdbc() {
  local out
  log "Pinging JDBC pool $AGORA_POOL"
  if ! out=$(asadmin_domain ping-connection-pool "$AGORA_POOL" 2>&1); then
    printf '%s\n' "$out" >&2
    die "ping-connection-pool $AGORA_POOL failed (database $DOMAIN_DB)"
  fi
}

# Agent keys from agents.txt (first field of key|Name|responsibility).
agent_keys() {
  local line key
  while IFS= read -r line <&3; do
    key="${line%%|*}"
    key="${key//[[:space:]]/}"
    [[ "$key" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "invalid agent key '$key' in agents.txt"
    printf '%s\n' "$key"
  done 3< <(config_lines agents.txt)
}

domain_ensure_jms_queues() {
  local keys existing key phys batch out created="" count=0 missing=0
  keys=$(agent_keys)
  [[ -n "$keys" ]] || die "no agents in $SERVER_CONFIG_DIR/agents.txt"
  existing=$(asadmin_domain list-jms-resources)
  batch=$(mktemp)
  while IFS= read -r key; do
    count=$((count + 1))
    grep -qxF -- "$AGORA_JMS_PREFIX/$key" <<<"$existing" && continue
    phys="Agora_${key//-/_}"
    printf 'create-jms-resource --restype jakarta.jms.Queue --property Name=%s %s/%s\n' \
      "$phys" "$AGORA_JMS_PREFIX" "$key" >>"$batch"
    missing=$((missing + 1))
  done <<<"$keys"
  if ((missing)); then
    # One asadmin JVM for all queues: 26 separate calls would cost half a minute.
    log "Creating $missing of $count JMS queues"
    created=$(asadmin_domain multimode --file "$batch" 2>&1) || true
  fi
  rm -f "$batch"
  # multimode reports success even when a command in it failed, so check the result.
  out=$(asadmin_domain get 'resources.admin-object-resource.*')
  while IFS= read -r key; do
    phys="Agora_${key//-/_}"
    local base="resources.admin-object-resource.$AGORA_JMS_PREFIX/$key"
    if [[ "$(asadmin_value "$out" "$base.res-type" || true)" != jakarta.jms.Queue ]]; then
      [[ -z "$created" ]] || printf '%s\n' "$created" >&2
      die "JMS queue $AGORA_JMS_PREFIX/$key is missing or not a jakarta.jms.Queue"
    fi
    if [[ "$(asadmin_value "$out" "$base.property.Name" || true)" != "$phys" ]]; then
      log "JMS queue $AGORA_JMS_PREFIX/$key: setting physical name $phys"
      asadmin_domain set "$base.property.Name=$phys" >/dev/null
    fi
  done <<<"$keys"
  log "JMS queues: $count present ($AGORA_JMS_PREFIX/<agent>)"
}

# Says which addresses the admin and broker ports listen on, and warns when one is open beyond loopback
# (perimeter.txt binds both to 127.0.0.1). The broker starts with the first MDB, so call this after the deploy.
domain_check_perimeter() {
  command -v ss >/dev/null || return 0
  local port addresses
  for port in "$DOMAIN_ADMIN_PORT" "$DOMAIN_JMS_PORT"; do
    addresses=$(ss -ltnH "sport = :$port" | awk '{ print $4 }' | sort -u)
    if [[ -z "$addresses" ]]; then
      log "Port $port: not listening"
    elif grep -qvE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]|\[::1\]):' <<<"$addresses"; then
      log "WARNING: port $port listens beyond loopback: $(tr '\n' ' ' <<<"$addresses")"
    else
      log "Port $port listens on loopback only: $(tr '\n' ' ' <<<"$addresses")"
    fi
  done
}

# The server's own placeholder page answers "/" otherwise. The console is the only front door so far (a storefront
# will take its place): a static page in the docroot sends browsers on at once, with a link for those that do not.
domain_ensure_front_door() {
  local page="$DOMAIN_DIR/docroot/index.html"
  local wanted='<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agora</title>
<meta http-equiv="refresh" content="0; url=/console/">
<script>window.location.replace("/console/");</script></head>
<body><p><a href="/console/">Agora console</a></p></body></html>'
  if [[ "$(cat "$page" 2>/dev/null)" != "$wanted" ]]; then
    log "Front door: / leads to the console"
    printf '%s\n' "$wanted" >"$page"
  fi
}

# configure_domain: everything above. What the settings and queues need in effect (JVM, broker, MicroProfile,
# perimeter) restarts the domain before them; a changed JDBC pool restarts it at the end, before its ping. Each
# restart happens only when something asked for it, so a domain already configured is not restarted.
domain_configure() {
  domain_ensure_jwt_keys
  domain_ensure_front_door
  domain_start
  domain_ensure_library
  domain_ensure_jvm_options
  domain_ensure_embedded_broker
  domain_ensure_microprofile
  domain_ensure_perimeter
  if ((DOMAIN_NEEDS_RESTART)); then
    domain_restart
  fi
  domain_ensure_settings settings.txt || log "Container pool settings up to date"
  domain_ensure_logging
  domain_ensure_jdbc
  domain_ensure_jms_queues
  if ((DOMAIN_NEEDS_RESTART)); then
    domain_restart
  fi
  domain_ping_jdbc
  log "Payara domain $DOMAIN_NAME configured"
}
