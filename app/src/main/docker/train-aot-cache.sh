#!/bin/bash
# Writes the route bundle's AOT cache (JDK 25+, JEP 483/514/515): starts the app once, waits until it is ready and
# stops it; on exit the JVM stores the classes start-up loaded and linked, and their profiles. A JVM started later
# with -XX:AOTCache=<cache> on the same JDK and the same jars skips that work.
#
# usage: train-aot-cache.sh <quarkus-app dir> <cache file> [java options...]
# The JVM is $JAVA, else java on the PATH. Used by Dockerfile.jvm, and by the start-up benchmark to measure the image.
set -euo pipefail

app_dir=$1
cache=$2
shift 2
java=${JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/log"

# Start-up needs a site and credentials to build its endpoints (and /alerts its senders' credentials) but calls nothing. Leader election is the pods' own
# (the Kubernetes cluster service) so that its client is in the cache too; where images are built there is no API
# server, so it is pointed at a port nothing listens on: it starts, is refused, and the guarded flows stay off.
JIRA_SITE=${JIRA_SITE:-https://aot-training.atlassian.net} \
JIRA_EMAIL=${JIRA_EMAIL:-aot-training@example.com} \
JIRA_API_TOKEN=${JIRA_API_TOKEN:-aot-training} \
ALERTS_BEARER_TOKENS=${ALERTS_BEARER_TOKENS:-aot-training} \
JIRA_TOKEN_STORE=memory \
JIRA_STATE_DIR="$work/poll" \
CLUSTER_SERVICE=kubernetes \
CLUSTER_KUBERNETES_MASTER_URL=http://127.0.0.1:9/ \
POD_NAMESPACE=aot-training \
"$java" "$@" -XX:AOTCacheOutput="$cache" -Dquarkus.http.port=0 -Dquarkus.management.port=0 -jar "$app_dir/quarkus-run.jar" >"$work/log" 2>&1 &
pid=$!

# Bash alone (no grep): the runtime image is minimal.
ready=false
for ((tries = 0; tries < 1200; tries++)); do
    if [[ $(<"$work/log") == *"started in"* ]]; then
        ready=true
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "The training run ended before the app was ready:" >&2
        tail -40 "$work/log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ "$ready" != true ]; then
    echo "The app was not ready within 120 s; no cache written:" >&2
    kill -KILL "$pid"
    tail -40 "$work/log" >&2
    exit 1
fi
# SIGTERM: Quarkus shuts down normally, then the JVM assembles the cache before it exits.
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s "$cache" ]; then
    echo "No AOT cache was written to $cache (a JDK 25 or newer is needed):" >&2
    tail -40 "$work/log" >&2
    exit 1
fi
echo "AOT cache written: $cache ($(($(stat -c %s "$cache") / 1048576)) MB)"
