#!/usr/bin/env sh
# Locate benchmark (issue 3): µs per lookup on a synthetic tenant of 10,000 grids, through the production
# GridIndex, against a brute-force polygon scan in the same run. Needs a JDK 17+ and Maven (run from anywhere).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -B -q ${MVN_OFFLINE:-} compile -pl platform-core/runtime -am
jts=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/locationtech/jts/jts-core/1.20.0" -name 'jts-core-1.20.0.jar' | head -1)
cp="platform-core/runtime/target/classes:$jts:$(find "${MAVEN_REPO:-$HOME/.m2/repository}/com/fasterxml/jackson/core" -name 'jackson-*.jar' | tr '\n' ':')"
java -Xmx1g -cp "$cp" bench/GridLocateBench.java
