# The WebDAV servers that tests/suites/webdav.sh tests against and
# bench/sync_bench.sh times against, started on 127.0.0.1 from generated
# configs, so the test and the benchmark (and docs/deploy.md, "The sync
# share") describe one server setup. Sourced, not run; it lives outside
# tests/suites/ because scripts/test.sh runs every file there as a suite.
#
# The caller sets D (the config folder; its apache/ and nginx/ subfolders are
# created here, each with a share/ the server serves) and HTPASSWD (a file
# made with `htpasswd`), defines die MESSAGE, and calls stop_servers on exit.
# Sets APACHE_PORT/APACHE_PID and NGINX_PORT/NGINX_PID; a port already set is
# kept (a server started again after a stop). With CORS_ORIGIN set (the page's
# origin, when the app is served from elsewhere: the browser tests), each
# server sends the CORS headers of docs/deploy.md and answers the browser's
# preflight OPTIONS without a password.

APACHE_PID="" NGINX_PID=""

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'; }
wait_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# The servers run as www-data when we are root (the share must belong to the
# worker's user, else Apache's lock database cannot open: /work/shared/toolchain.md).
RUN_USER=""
if [[ $EUID -eq 0 ]]; then RUN_USER=www-data; fi
own() { [[ -z "$RUN_USER" ]] || chown -R "$RUN_USER:$RUN_USER" "$@"; }

stop_servers() {
  if [[ -n "$APACHE_PID" ]]; then
    APACHE_RUN_DIR="$D/apache/run" apache2 -f "$D/apache/httpd.conf" -k stop 2>/dev/null || kill "$APACHE_PID" 2>/dev/null || true
    # -k stop only signals; the server is gone when its process is.
    for _ in $(seq 1 100); do kill -0 "$APACHE_PID" 2>/dev/null || break; sleep 0.1; done
    APACHE_PID=""
  fi
  if [[ -n "$NGINX_PID" ]]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
  fi
}

# Apache 2.4 + mod_dav: honours If-Match. `FileETag MTime Size` is stated, as
# docs/deploy.md asks, so an inherited `FileETag All` cannot put the inode into
# ETags; a weak ETag (within a second of a write) the client replaces by the
# content hash itself.
start_apache() {
  mkdir -p "$D/apache/run" "$D/apache/share"
  APACHE_PORT=${APACHE_PORT:-$(free_port)}
  local cors="" require="  Require valid-user"
  if [[ -n "${CORS_ORIGIN:-}" ]]; then
    require="  <LimitExcept OPTIONS>
    Require valid-user
  </LimitExcept>"
    cors="  Header always set Access-Control-Allow-Origin \"$CORS_ORIGIN\"
  Header always set Access-Control-Allow-Methods \"GET, PUT, DELETE, PROPFIND, MKCOL, OPTIONS\"
  Header always set Access-Control-Allow-Headers \"Authorization, Content-Type, Depth, If-Match, If-None-Match, Destination, Overwrite\"
  Header always set Access-Control-Expose-Headers \"ETag, OC-ETag\"
  Header always set Access-Control-Max-Age 600"
  fi
  cat > "$D/apache/httpd.conf" <<CONF
ServerRoot /usr/lib/apache2
Listen 127.0.0.1:$APACHE_PORT
ServerName 127.0.0.1
PidFile $D/apache/run/httpd.pid
ErrorLog $D/apache/error.log
LogLevel warn
${RUN_USER:+User $RUN_USER}
${RUN_USER:+Group $RUN_USER}
LoadModule mpm_event_module modules/mod_mpm_event.so
LoadModule authz_core_module modules/mod_authz_core.so
LoadModule authz_user_module modules/mod_authz_user.so
LoadModule authn_core_module modules/mod_authn_core.so
LoadModule authn_file_module modules/mod_authn_file.so
LoadModule auth_basic_module modules/mod_auth_basic.so
LoadModule dav_module modules/mod_dav.so
LoadModule dav_fs_module modules/mod_dav_fs.so
LoadModule headers_module modules/mod_headers.so
DAVLockDB $D/apache/run/davlock
FileETag MTime Size
DocumentRoot $D/apache/share
<Directory $D/apache/share>
  Dav On
  AuthType Basic
  AuthName "RM Planner share"
  AuthUserFile $HTPASSWD
$require
$cors
</Directory>
CONF
  own "$D/apache/share" "$D/apache/run"
  APACHE_RUN_DIR="$D/apache/run" apache2 -f "$D/apache/httpd.conf" -k start || die "apache did not start ($(cat "$D/apache/error.log" 2>/dev/null))"
  wait_port "$APACHE_PORT" || die "apache is not listening on $APACHE_PORT"
  APACHE_PID=$(cat "$D/apache/run/httpd.pid")
}

# nginx + dav-ext: the hostile case, which ignores conditional requests and
# lists no getetag.
start_nginx() {
  mkdir -p "$D/nginx/tmp" "$D/nginx/share"
  NGINX_PORT=${NGINX_PORT:-$(free_port)}
  local cors="" preflight=""
  if [[ -n "${CORS_ORIGIN:-}" ]]; then
    cors="add_header Access-Control-Allow-Origin \"$CORS_ORIGIN\" always;
      add_header Access-Control-Allow-Methods \"GET, PUT, DELETE, PROPFIND, MKCOL, OPTIONS\" always;
      add_header Access-Control-Allow-Headers \"Authorization, Content-Type, Depth, If-Match, If-None-Match, Destination, Overwrite\" always;
      add_header Access-Control-Expose-Headers \"ETag, OC-ETag\" always;
      add_header Access-Control-Max-Age 600 always;"
    preflight="if (\$request_method = OPTIONS) { $cors return 204; }"
  fi
  cat > "$D/nginx/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;
daemon off;
${RUN_USER:+user $RUN_USER;}
worker_processes 1;
pid $D/nginx/nginx.pid;
error_log $D/nginx/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $D/nginx/tmp/body;
  proxy_temp_path $D/nginx/tmp/proxy;
  fastcgi_temp_path $D/nginx/tmp/fastcgi;
  uwsgi_temp_path $D/nginx/tmp/uwsgi;
  scgi_temp_path $D/nginx/tmp/scgi;
  client_max_body_size 256m;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $D/nginx/share;
    location / {
      $preflight
      $cors
      auth_basic "RM Planner share";
      auth_basic_user_file $HTPASSWD;
      dav_methods PUT DELETE MKCOL COPY MOVE;
      dav_ext_methods PROPFIND OPTIONS;
      create_full_put_path on;
      dav_access user:rw group:rw all:r;
    }
  }
}
CONF
  own "$D/nginx/share" "$D/nginx/tmp"
  nginx -c "$D/nginx/nginx.conf" -p "$D/nginx" </dev/null >/dev/null 2>>"$D/nginx/error.log" &
  NGINX_PID=$!
  wait_port "$NGINX_PORT" || die "nginx is not listening on $NGINX_PORT ($(cat "$D/nginx/error.log"))"
}
