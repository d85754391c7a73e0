#!/usr/bin/env bash
# What counting one terminal request for monitoring costs the payment path (TrafficRecorder), in
# nanoseconds of CPU per request, with one and two threads counting at once. No server needed.
#   docs/bench/traffic-recorder.sh [requests per thread, default 5000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile -pl ejb -am >/dev/null
cp=$(./mvnw -B -q -o dependency:build-classpath -pl ejb -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "ejb/target/classes:ejb/target/test-classes:$cp" \
  org.yikatong.monitoring.application.TrafficRecorderBench "${1:-5000000}"
