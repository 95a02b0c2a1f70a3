# shellcheck shell=bash
# Serves a built dist/ on a loopback port through deploy/nginx.conf itself, only its "SITE" lines
# replaced (port, certificate, root). Sourced by scripts/check-deploy and scripts/lighthouse.
#
#   source deploy/serve-local.sh
#   serve_local DIST tls|plain   # starts nginx; sets SERVE_URL (no trailing slash)
#   stop_local                   # stops that nginx (by its pid file) and removes its files
#
# Needs nginx (Debian: nginx-light) and, for tls, openssl. Uses the brotli_static module when
# it is installed (libnginx-mod-http-brotli-static).

SERVE_HOME=""
SERVE_URL=""

_serve_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Writes $SERVE_HOME/nginx.conf for DIST, MODE, PORT.
_serve_write_conf() {
  local dist=$1 mode=$2 port=$3 site=$SERVE_HOME/site.conf conf=$SERVE_HOME/nginx.conf
  local brotli_so=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
  local listen="listen 127.0.0.1:$port;"
  if [ "$mode" = tls ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
      -keyout "$SERVE_HOME/key.pem" -out "$SERVE_HOME/cert.pem" >/dev/null 2>&1
    listen="listen 127.0.0.1:$port ssl http2;"
  fi
  local deploy_conf
  deploy_conf="$(dirname "${BASH_SOURCE[0]}")/nginx.conf"
  awk -v listen="$listen" -v mode="$mode" -v home="$SERVE_HOME" -v dist="$dist" \
      -v brotli="$([ -f "$brotli_so" ] && echo 1 || echo 0)" '
    /# SITE/ && /listen \[::\]/ { next }
    /# SITE/ && /listen /       { print "    " listen; next }
    /# SITE/ && /ssl_certificate_key/ { if (mode == "tls") print "    ssl_certificate_key " home "/key.pem;"; next }
    /# SITE/ && /ssl_certificate/     { if (mode == "tls") print "    ssl_certificate " home "/cert.pem;"; next }
    /# SITE/ && /root /         { print "    root " dist ";"; next }
    /^ *# brotli_static on;/    { if (brotli == "1") { print "    brotli_static on;"; next } }
    { print }
  ' "$deploy_conf" >"$site"
  {
    [ -f "$brotli_so" ] && echo "load_module $brotli_so;"
    [ "$(id -u)" = 0 ] && echo "user root;"
    cat <<CONF
worker_processes 1;
pid $SERVE_HOME/nginx.pid;
error_log $SERVE_HOME/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $SERVE_HOME/body;
    proxy_temp_path $SERVE_HOME/proxy;
    fastcgi_temp_path $SERVE_HOME/fastcgi;
    uwsgi_temp_path $SERVE_HOME/uwsgi;
    scgi_temp_path $SERVE_HOME/scgi;
    include $site;
}
CONF
  } >"$conf"
}

serve_local() {
  local dist mode=${2:-plain} port scheme=http
  dist=$(cd "$1" && pwd)
  SERVE_HOME=$(mktemp -d)
  port=$(_serve_free_port)
  _serve_write_conf "$dist" "$mode" "$port"
  nginx -t -q -e "$SERVE_HOME/error.log" -p "$SERVE_HOME" -c "$SERVE_HOME/nginx.conf"
  nginx -e "$SERVE_HOME/error.log" -p "$SERVE_HOME" -c "$SERVE_HOME/nginx.conf"
  [ "$mode" = tls ] && scheme=https
  SERVE_URL="$scheme://127.0.0.1:$port"
  # Bounded poll for the port (at most ~5 s).
  local tries=0
  until curl -ksf -o /dev/null "$SERVE_URL/"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 50 ]; then
      echo "serve_local: nginx did not answer on $SERVE_URL" >&2
      cat "$SERVE_HOME/error.log" >&2 || true
      return 1
    fi
    sleep 0.1
  done
}

stop_local() {
  [ -n "$SERVE_HOME" ] || return 0
  # Only the nginx started from this folder: a pid file whose process is something else by now
  # is left alone.
  local pid
  pid=$(tr -dc '0-9' <"$SERVE_HOME/nginx.pid" 2>/dev/null || true)
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  if [ -n "$pid" ] && { [[ $cmdline != *"nginx: master process"* ]] || [[ $cmdline != *"$SERVE_HOME"* ]]; }; then
    echo "stop_local: pid $pid in $SERVE_HOME/nginx.pid is not its nginx; left alone" >&2
    rm -f "$SERVE_HOME/nginx.pid"
  fi
  if [ -f "$SERVE_HOME/nginx.pid" ]; then
    nginx -e "$SERVE_HOME/error.log" -p "$SERVE_HOME" -c "$SERVE_HOME/nginx.conf" -s quit 2>/dev/null || true
    local tries=0
    while [ -f "$SERVE_HOME/nginx.pid" ] && [ "$tries" -lt 50 ]; do
      tries=$((tries + 1))
      sleep 0.1
    done
  fi
  rm -rf "$SERVE_HOME"
  SERVE_HOME=""
}
