#!/bin/sh
# Builds and tests the model, the SDK and the module-path check on another JDK than the default build's (17):
# the code is compiled for Java 17 either way (--release 17), so this proves it runs there, and runs the tests
# that need a newer JDK (VirtualThreadTest, HttpClient.close() in LifecycleTest). JDK 21 is not installable from
# this machine's Debian packages; Temurin 25 is. Usage, from the repository root:
#   wingspan-sdk/jdk-matrix.sh [path-to-jdk]      (default /usr/lib/jvm/temurin-25-jdk-amd64)
set -eu
jdk="${1:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# The JDK's path is this script's argument, not Maven's; the rest go to Maven.
[ $# -eq 0 ] || shift
if [ ! -x "$jdk/bin/java" ]; then
  echo "no JDK at $jdk" >&2
  exit 2
fi
"$jdk/bin/java" -version 2>&1 | head -1
# clean: classes are rebuilt by this JDK's javac (still for release 17), tests run on this JDK. The format check
# is the default build's job: google-java-format 1.28, the newest that runs on 17, does not run on 25.
JAVA_HOME="$jdk" exec ./mvnw -B -ntp -pl wingspan-model,wingspan-sdk,wingspan-sdk-module-check clean verify \
  -Dspotless.check.skip=true "$@"
