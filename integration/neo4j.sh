#!/usr/bin/env bash
# Starts and stops the local Neo4j launcher (integration/launcher) for make and .ci/run.
#
# usage: integration/neo4j.sh start | stop | status | uri
#        integration/neo4j.sh with-neo4j [--throwaway] COMMAND [ARG...]
#
#   start       start Neo4j in the background and return once Bolt accepts connections;
#               reports it and succeeds when this data directory's Neo4j already runs
#   stop        stop the Neo4j that "start" recorded in the pid file, and its stdin holder
#   status      exit 0 and print the Bolt URI when it runs, exit 1 otherwise
#   uri         print the Bolt URI of the running Neo4j
#   with-neo4j  run COMMAND with NEO4J_URI set. When NEO4J_URI is already set, Neo4j is not
#               touched. Otherwise an already running Neo4j is used, or one is started for
#               COMMAND and stopped when it ends (also on Ctrl-C). --throwaway starts a fresh
#               Neo4j on a free port with a temporary data directory under .local, removed after.
#
# Environment:
#   NEO4J_PORT           Bolt port on 127.0.0.1 (default 7687; 0 picks a free port)
#   NEO4J_DATA_DIR       Neo4j home: data, logs, pid and ready files (default .local/neo4j)
#   NEO4J_PAGECACHE      page cache size (default 128m)
#   NEO4J_PASSWORD       when set, authentication is enabled with user neo4j and this password
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt (default 180)
#   NEO4J_JAVA_OPTS      extra JVM options, placed after integration/launcher/jvm.args
#   JAVA_HOME            JDK to use; otherwise "java" from PATH
#
# This file can also be sourced; it then only defines the neo4j_* functions.

set -euo pipefail

NEO4J_REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NEO4J_LAUNCHER_DIR=$NEO4J_REPO_ROOT/integration/launcher
NEO4J_MAIN_CLASS=org.omrsneo4j.launcher.Neo4jLauncher

# Set by neo4j_start: whether this shell started the instance, and where its files are.
NEO4J_STARTED_HERE=0

neo4j_log() {
	echo "neo4j: $*" >&2
}

# Resolves NEO4J_DATA_DIR against the repository root and sets the state file paths.
neo4j_paths() {
	local dir=${NEO4J_DATA_DIR:-.local/neo4j}
	[[ $dir == /* ]] || dir=$NEO4J_REPO_ROOT/$dir
	NEO4J_HOME_DIR=$(realpath -m "$dir")
	NEO4J_PID_FILE=$NEO4J_HOME_DIR/launcher.pid
	NEO4J_HOLDER_PID_FILE=$NEO4J_HOME_DIR/stdin-holder.pid
	NEO4J_FIFO=$NEO4J_HOME_DIR/launcher.stdin
	NEO4J_READY_FILE=$NEO4J_HOME_DIR/ready
	NEO4J_OUT_FILE=$NEO4J_HOME_DIR/logs/launcher.out
}

neo4j_java() {
	if [[ -n ${JAVA_HOME:-} ]]; then
		echo "$JAVA_HOME/bin/java"
	else
		echo java
	fi
}

# Prints the pid from the pid file when that process is alive and is the launcher.
neo4j_running_pid() {
	[[ -f $NEO4J_PID_FILE ]] || return 1
	local pid
	pid=$(<"$NEO4J_PID_FILE")
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$NEO4J_MAIN_CLASS" || return 1
	echo "$pid"
}

neo4j_uri_from_ready_file() {
	local line
	line=$(head -n 1 "$NEO4J_READY_FILE" 2>/dev/null) || return 1
	[[ $line == NEO4J_BOLT=bolt://* ]] || return 1
	echo "${line#NEO4J_BOLT=}"
}

# Succeeds when something accepts TCP connections on 127.0.0.1:$1.
neo4j_port_open() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

neo4j_print_log_tail() {
	local file
	for file in "$NEO4J_OUT_FILE" "$NEO4J_HOME_DIR/logs/neo4j.log" "$NEO4J_HOME_DIR/logs/debug.log"; do
		[[ -s $file ]] || continue
		neo4j_log "last lines of $file:"
		tail -n 25 "$file" | sed 's/^/    /' >&2
	done
}

neo4j_check_prerequisites() {
	local java
	java=$(neo4j_java)
	if ! command -v "$java" >/dev/null; then
		neo4j_log "java not found ($java); install JDK 17 or 21, or set JAVA_HOME"
		return 1
	fi
	if [[ ! -f $NEO4J_LAUNCHER_DIR/target/omrs-neo4j-launcher.jar || ! -d $NEO4J_LAUNCHER_DIR/target/lib ]]; then
		neo4j_log "launcher classpath missing under $NEO4J_LAUNCHER_DIR/target; run: make launcher"
		return 1
	fi
}

# Starts the launcher detached from the terminal. Its standard input is a fifo that a
# second detached process keeps open. When that holder dies, the launcher reads end of
# file and shuts Neo4j down, so no JVM outlives a stopped or killed holder.
neo4j_spawn() {
	local port=$1
	local -a auth=() java_opts=()
	if [[ -n ${NEO4J_PASSWORD:-} ]]; then
		auth=(--auth-password "$NEO4J_PASSWORD")
	fi
	if [[ -n ${NEO4J_JAVA_OPTS:-} ]]; then
		# Word splitting is intended: NEO4J_JAVA_OPTS is a space-separated option list.
		# shellcheck disable=SC2206
		java_opts=($NEO4J_JAVA_OPTS)
	fi

	mkdir -p "$NEO4J_HOME_DIR/logs" || return 1
	rm -f "$NEO4J_READY_FILE" "$NEO4J_FIFO"
	mkfifo "$NEO4J_FIFO" || return 1

	setsid "$(neo4j_java)" "@$NEO4J_LAUNCHER_DIR/jvm.args" "${java_opts[@]}" \
		-cp "$NEO4J_LAUNCHER_DIR/target/omrs-neo4j-launcher.jar:$NEO4J_LAUNCHER_DIR/target/lib/*" \
		"$NEO4J_MAIN_CLASS" --home "$NEO4J_HOME_DIR" --port "$port" \
		--pagecache "${NEO4J_PAGECACHE:-128m}" --ready-file "$NEO4J_READY_FILE" \
		--start-timeout "${NEO4J_START_TIMEOUT:-180}" "${auth[@]}" \
		<"$NEO4J_FIFO" >"$NEO4J_OUT_FILE" 2>&1 &
	echo $! >"$NEO4J_PID_FILE"
	setsid sleep infinity >"$NEO4J_FIFO" 2>/dev/null </dev/null &
	echo $! >"$NEO4J_HOLDER_PID_FILE"
}

# Waits for the ready file and an open Bolt port; prints the URI.
neo4j_wait() {
	local pid=$1 timeout=${NEO4J_START_TIMEOUT:-180} started=$SECONDS uri
	while ((SECONDS - started < timeout)); do
		if ! kill -0 "$pid" 2>/dev/null; then
			neo4j_log "launcher (pid $pid) exited during start-up"
			return 1
		fi
		if uri=$(neo4j_uri_from_ready_file) && neo4j_port_open "${uri##*:}"; then
			echo "$uri"
			return 0
		fi
		sleep 0.2
	done
	neo4j_log "Bolt not ready after ${timeout} s (NEO4J_START_TIMEOUT)"
	return 1
}

neo4j_start() {
	neo4j_paths
	local pid uri port=${NEO4J_PORT:-7687}
	if pid=$(neo4j_running_pid); then
		uri=$(neo4j_uri_from_ready_file || echo "unknown URI")
		neo4j_log "already running: $uri (pid $pid, data $NEO4J_HOME_DIR)"
		NEO4J_URI=$uri
		return 0
	fi
	neo4j_check_prerequisites || return 1
	if [[ ! $port =~ ^[0-9]+$ ]]; then
		neo4j_log "invalid NEO4J_PORT '$port': expected a port number, or 0 for a free port"
		return 1
	fi
	if ((port != 0)) && neo4j_port_open "$port"; then
		neo4j_log "port 127.0.0.1:$port is already in use; stop that process or set NEO4J_PORT (0 picks a free port)"
		return 1
	fi

	local started=$SECONDS
	neo4j_spawn "$port" || return 1
	pid=$(<"$NEO4J_PID_FILE")
	if ! uri=$(neo4j_wait "$pid"); then
		neo4j_print_log_tail
		neo4j_stop_quietly || true
		return 1
	fi
	NEO4J_URI=$uri
	NEO4J_STARTED_HERE=1
	neo4j_log "started $uri in $((SECONDS - started)) s (pid $pid, data $NEO4J_HOME_DIR, logs $NEO4J_HOME_DIR/logs)"
}

# Stops the recorded launcher and holder: end of file first, then SIGTERM, then SIGKILL
# after 60 s. Only the pids in the pid files are signalled.
neo4j_stop_quietly() {
	local pid holder
	pid=$(neo4j_running_pid) || pid=
	if [[ -f $NEO4J_HOLDER_PID_FILE ]]; then
		holder=$(<"$NEO4J_HOLDER_PID_FILE")
		# The pid is checked to still be a sleep, because a stale pid file may name a reused pid.
		if [[ $holder =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$holder/cmdline" 2>/dev/null | grep -q '^sleep infinity'; then
			kill "$holder" 2>/dev/null || true
		fi
	fi
	if [[ -n $pid ]]; then
		kill -TERM "$pid" 2>/dev/null || true
		local waited=0
		while kill -0 "$pid" 2>/dev/null && ((waited < 600)); do
			sleep 0.1
			waited=$((waited + 1))
		done
		if kill -0 "$pid" 2>/dev/null; then
			neo4j_log "launcher (pid $pid) still running after 60 s; sending SIGKILL"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$NEO4J_PID_FILE" "$NEO4J_HOLDER_PID_FILE" "$NEO4J_FIFO" "$NEO4J_READY_FILE"
	[[ -n $pid ]]
}

neo4j_stop() {
	neo4j_paths
	if neo4j_stop_quietly; then
		neo4j_log "stopped (data kept in $NEO4J_HOME_DIR)"
	else
		neo4j_log "not running (no live launcher in $NEO4J_PID_FILE)"
	fi
}

neo4j_status() {
	neo4j_paths
	local pid
	if pid=$(neo4j_running_pid); then
		echo "running: $(neo4j_uri_from_ready_file || echo 'starting') (pid $pid, data $NEO4J_HOME_DIR)"
		return 0
	fi
	echo "not running (data $NEO4J_HOME_DIR)"
	return 1
}

# Runs a command with NEO4J_URI set, starting and stopping Neo4j around it when needed.
neo4j_with() {
	local throwaway=0
	if [[ ${1:-} == --throwaway ]]; then
		throwaway=1
		shift
	fi
	if (($# == 0)); then
		neo4j_log "with-neo4j: missing command"
		return 2
	fi
	if [[ -n ${NEO4J_URI:-} ]]; then
		neo4j_log "using NEO4J_URI=$NEO4J_URI"
		"$@"
		return
	fi

	if ((throwaway)); then
		mkdir -p "$NEO4J_REPO_ROOT/.local"
		NEO4J_DATA_DIR=$(mktemp -d "$NEO4J_REPO_ROOT/.local/neo4j-throwaway.XXXXXX")
		NEO4J_PORT=0
	fi
	trap 'neo4j_with_cleanup '"$throwaway" EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	neo4j_start || return 1
	export NEO4J_URI
	if [[ -n ${NEO4J_PASSWORD:-} ]]; then
		export NEO4J_USER=${NEO4J_USER:-neo4j}
	fi

	local rc=0
	"$@" || rc=$?
	return "$rc"
}

neo4j_with_cleanup() {
	local throwaway=$1
	if ((NEO4J_STARTED_HERE)); then
		neo4j_stop_quietly || true
		neo4j_log "stopped the Neo4j started for this command"
	fi
	if ((throwaway)) && [[ -n ${NEO4J_HOME_DIR:-} && $NEO4J_HOME_DIR == "$NEO4J_REPO_ROOT"/.local/neo4j-throwaway.* ]]; then
		rm -rf "$NEO4J_HOME_DIR"
	fi
}

neo4j_main() {
	case ${1:-} in
	start) neo4j_start && echo "$NEO4J_URI" ;;
	stop) neo4j_stop ;;
	status) neo4j_status ;;
	uri)
		neo4j_paths
		neo4j_running_pid >/dev/null && neo4j_uri_from_ready_file
		;;
	with-neo4j)
		shift
		neo4j_with "$@"
		;;
	*)
		sed -n '2,/^$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
		return 2
		;;
	esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
	neo4j_main "$@"
fi
