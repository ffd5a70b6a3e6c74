#!/usr/bin/env bash
# Generates a new "+X" module from modules/kit/template and adds it to the build (root pom, ui/pom.xml,
# the application's master changelog). Needs only a JDK: the generator is compiled into a temporary folder.
#   modules/new-module.sh <id> "<中文名>" "<English name>"
#   e.g. modules/new-module.sh rule-of-law "法治六进" "Rule of law outreach"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -encoding UTF-8 -d "$classes" "$root"/modules/kit/src/main/java/org/gridx/modulekit/*.java
java -Dfile.encoding=UTF-8 -cp "$classes" org.gridx.modulekit.NewModule "$@" --root "$root"
