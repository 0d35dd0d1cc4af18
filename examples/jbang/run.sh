#!/usr/bin/env bash
# Runs open-issue.camel.yaml with Camel JBang (`camel run`), the jira: component taken from a Maven repository as
# any user's would be. Without JIRA_SITE it starts the Jira emulator and runs against it; with JIRA_SITE (and
# JIRA_EMAIL, JIRA_API_TOKEN, JIRA_PROJECT) against that site.
#
# Uses the `camel` command (JBang) when it is on the PATH; otherwise it starts the same CLI, Camel JBang 4.17.0
# (org.apache.camel:camel-jbang-core), with java from Maven Central. Everything it installs or downloads goes to a
# throwaway Maven repository (JBANG_M2, default /tmp/jbang-m2), never ~/.m2.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
camel_version=4.17.0
component_version=0.1.0-SNAPSHOT
m2="${JBANG_M2:-/tmp/jbang-m2}"
work="$(mktemp -d)"
emulator_pid=""
cleanup() {
    if [[ -n "$emulator_pid" ]]; then kill "$emulator_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== Installing camel-jira-cloud $component_version into $m2"
(cd "$root" && ./mvnw -q -B -pl camel-jira-cloud -am install -DskipTests -Dmaven.repo.local="$m2")
# Camel JBang resolves --dep from the local repository named in these settings.
printf '<settings><localRepository>%s</localRepository></settings>\n' "$m2" > "$work/settings.xml"

if [[ -z "${JIRA_SITE:-}" ]]; then
    echo "== JIRA_SITE is not set: starting the Jira emulator"
    # Port 0: a free port, which the emulator prints.
    (cd "$root" && exec java -jar jira-emulator/target/jira-emulator-$component_version-runner.jar \
        --port "${EMULATOR_PORT:-0}") > "$work/emulator.log" 2>&1 &
    emulator_pid=$!
    site=""
    for _ in $(seq 60); do
        site="$(sed -n 's/^Jira Cloud emulator running at //p' "$work/emulator.log" 2>/dev/null)"
        [[ -n "$site" ]] && break
        sleep 1
    done
    if [[ -z "$site" ]]; then
        echo "The emulator did not start:" >&2
        cat "$work/emulator.log" >&2
        exit 1
    fi
    export JIRA_SITE="$site" JIRA_EMAIL=demo@example.com JIRA_API_TOKEN=demo-api-token
    export JIRA_ALLOWED_HOSTS=127.0.0.1
fi

if command -v camel > /dev/null; then
    camel_cli=(camel)
else
    echo "== No camel command (JBang) on the PATH: starting Camel JBang $camel_version from Maven Central"
    cat > "$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>camel-jbang-classpath</artifactId><version>1</version>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.apache.camel</groupId><artifactId>camel-bom</artifactId><version>$camel_version</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies><dependency>
    <groupId>org.apache.camel</groupId><artifactId>camel-jbang-core</artifactId>
  </dependency></dependencies>
</project>
EOF
    (cd "$root" && ./mvnw -q -B -f "$work/pom.xml" dependency:build-classpath -Dmaven.repo.local="$m2" \
        -Dmdep.outputFile="$work/classpath.txt")
    # What JBang's camel script does: hand the arguments to CamelJBangMain.
    cat > "$work/CamelCli.java" <<'EOF'
public class CamelCli {
    public static void main(String[] args) {
        org.apache.camel.dsl.jbang.core.commands.CamelJBangMain.run(args);
    }
}
EOF
    camel_cli=(java -cp "$(cat "$work/classpath.txt")" "$work/CamelCli.java")
fi

echo "== camel run open-issue.camel.yaml against $JIRA_SITE"
cd "$here"
"${camel_cli[@]}" run open-issue.camel.yaml application.properties \
    --dep=io.github.jiracloud:camel-jira-cloud:$component_version \
    --maven-settings="$work/settings.xml" --max-messages=1 --max-seconds=120
