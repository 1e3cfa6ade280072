#!/usr/bin/env bash
# The WebDAV servers of tests/support/dav_servers.sh, for a test in another
# language (tests/e2e/share_sync.test.js) to start, stop and start again:
#   dav_ctl.sh start D ORIGIN     both servers, sending CORS headers for ORIGIN;
#                                 prints {"apache": PORT, "nginx": PORT, "user", "password"}
#   dav_ctl.sh stop D apache|nginx|all
#   dav_ctl.sh restart D apache|nginx   the same config, port and share again
# D is the config folder (under build/); user "rm", password "secret-pass".
set -euo pipefail
cmd="$1" D="$(realpath -m "$2")"
HTPASSWD="$D/htpasswd"
die() { echo "dav_ctl.sh: $*" >&2; exit 1; }
. "$(dirname "${BASH_SOURCE[0]}")/dav_servers.sh"

pid_of() {
  case "$1" in
    apache) cat "$D/apache/run/httpd.pid" 2>/dev/null || true ;;
    nginx) cat "$D/nginx/nginx.pid" 2>/dev/null || true ;;
  esac
}
stop_one() {
  local which="$1"
  [[ $which == apache ]] && APACHE_PID=$(pid_of apache) || NGINX_PID=$(pid_of nginx)
  [[ $which == apache ]] && NGINX_PID="" || APACHE_PID=""
  # nginx runs in the foreground of a shell that has exited: not our child to wait for.
  if [[ -n "$NGINX_PID" ]]; then
    kill "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    NGINX_PID=""
  fi
  stop_servers
}
port_of() { cat "$D/$1.port"; }

case "$cmd" in
  start)
    CORS_ORIGIN="$3"
    rm -rf "$D"
    mkdir -p "$D"
    htpasswd -bcm "$HTPASSWD" rm 'secret-pass' 2>/dev/null
    printf '%s' "$CORS_ORIGIN" > "$D/origin"
    # An empty folder on each share: a sync pointed there must delete nothing.
    mkdir -p "$D/apache/share/empty" "$D/nginx/share/empty"
    start_apache
    start_nginx
    echo "$APACHE_PORT" > "$D/apache.port"
    echo "$NGINX_PORT" > "$D/nginx.port"
    printf '{"apache": %s, "nginx": %s, "user": "rm", "password": "secret-pass"}\n' "$APACHE_PORT" "$NGINX_PORT"
    ;;
  stop)
    case "$3" in
      all) stop_one apache; stop_one nginx ;;
      apache | nginx) stop_one "$3" ;;
      *) die "stop apache|nginx|all" ;;
    esac
    ;;
  restart)
    CORS_ORIGIN="$(cat "$D/origin")"
    case "$3" in
      apache) stop_one apache; APACHE_PORT=$(port_of apache); start_apache ;;
      nginx) stop_one nginx; NGINX_PORT=$(port_of nginx); start_nginx ;;
      *) die "restart apache|nginx" ;;
    esac
    ;;
  *) die "usage: dav_ctl.sh start D ORIGIN | stop D apache|nginx|all | restart D apache|nginx" ;;
esac
