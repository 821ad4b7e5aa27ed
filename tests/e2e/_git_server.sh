# Sourced by e2e scripts: git's smart HTTP (git http-backend) behind Apache with basic auth on
# 127.0.0.1, started in the foreground with its own minimal config, stopped by stop_git_server.
#   start_git_server USER PASSWORD  -> GIT_SERVER_URL=http://127.0.0.1:PORT/git, repos in $GIT_REPOS
#   git_server_repo NAME            -> a bare repo NAME.git with two commits on main
GIT_SERVER_PID=
stop_git_server() {
	[ -n "$GIT_SERVER_PID" ] && kill "$GIT_SERVER_PID" 2>/dev/null && wait "$GIT_SERVER_PID" 2>/dev/null
	GIT_SERVER_PID=
}
git_server_available() { command -v apache2 >/dev/null && [ -x /usr/lib/git-core/git-http-backend ]; }
git_server_repo() {
	local w=$GIT_SRV/work-$1
	git -c init.defaultBranch=main init -q "$w" &&
		(cd "$w" && git config user.email t@e && git config user.name t &&
			echo one >a.txt && git add . && git commit -qm one && echo two >b.txt && git add . && git commit -qm two) &&
		git clone -q --bare "$w" "$GIT_REPOS/$1.git" &&
		{ [ "$(id -u)" != 0 ] || chown -R nobody "$GIT_REPOS/$1.git"; }
}
start_git_server() {
	local user=$1 pass=$2 port M=/usr/lib/apache2/modules i
	GIT_SRV=$TEST_TMP/git-server; GIT_REPOS=$GIT_SRV/repos
	mkdir -p "$GIT_REPOS" "$GIT_SRV/run" # repositories may already be there
	htpasswd -bc "$GIT_SRV/htpasswd" "$user" "$pass" >/dev/null 2>&1 || return 1
	port=$(free_port)
	cat >"$GIT_SRV/httpd.conf" <<CONF
ServerRoot "$GIT_SRV/run"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile "$GIT_SRV/run/httpd.pid"
ErrorLog "$GIT_SRV/run/error.log"
LogLevel warn
LoadModule mpm_prefork_module $M/mod_mpm_prefork.so
LoadModule authn_core_module $M/mod_authn_core.so
LoadModule authn_file_module $M/mod_authn_file.so
LoadModule authz_core_module $M/mod_authz_core.so
LoadModule authz_user_module $M/mod_authz_user.so
LoadModule auth_basic_module $M/mod_auth_basic.so
LoadModule alias_module $M/mod_alias.so
LoadModule cgi_module $M/mod_cgi.so
LoadModule env_module $M/mod_env.so
$( [ "$(id -u)" = 0 ] && printf 'User nobody\nGroup %s\n' "$(id -gn nobody)" )
StartServers 2
SetEnv GIT_PROJECT_ROOT "$GIT_REPOS"
SetEnv GIT_HTTP_EXPORT_ALL 1
ScriptAlias /git/ /usr/lib/git-core/git-http-backend/
<Location /git/>
	AuthType Basic
	AuthName "git"
	AuthUserFile "$GIT_SRV/htpasswd"
	Require valid-user
</Location>
CONF
	# as root Apache serves as nobody, who must reach the repositories
	[ "$(id -u)" = 0 ] && chmod 755 "$TEST_TMP" "$GIT_SRV" && chmod 644 "$GIT_SRV/htpasswd"
	setsid apache2 -f "$GIT_SRV/httpd.conf" -DFOREGROUND >"$GIT_SRV/run/stdout.log" 2>&1 &
	GIT_SERVER_PID=$!
	GIT_SERVER_URL=http://127.0.0.1:$port/git
	for i in $(seq 1 100); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "$GIT_SERVER_URL/")" != 000 ] && return 0
		sleep 0.1
	done
	return 1
}
