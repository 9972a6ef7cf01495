#!/bin/sh
# A local cluster on one machine, for trying out and testing several instances:
# one PostgreSQL (port 15432), three Kafka nodes in KRaft mode forming one quorum
# (ports 19092-19094, controllers 19192-19194) and three service instances on
# http://localhost:8081, :8082 and :8083, each process in its own JVM, configured by
# infra/cluster/*.properties. Data and logs stay in data/cluster/.
#
#   infra/local-cluster.sh start    build if needed, start everything, wait until healthy
#   infra/local-cluster.sh status   what runs, and each instance's health
#   infra/local-cluster.sh stop     stop the instances, then Kafka, then PostgreSQL
#   infra/local-cluster.sh build    rebuild the service jar and the launcher
set -eu
cd "$(dirname "$0")/.."
checkout=$(pwd)
jar=modules/service/target/clearinghouse-service-0.1.0-SNAPSHOT-exec.jar
classpath_file=modules/cluster/target/classpath.txt

build() {
	./mvnw -q -B -pl modules/cluster -am package -DskipTests
}

command=${1:-}
case "$command" in
	start | stop | status) ;;
	build)
		build
		exit 0
		;;
	*)
		echo "usage: $0 start|stop|status|build" >&2
		exit 2
		;;
esac
if [ ! -f "$jar" ] || [ ! -f "$classpath_file" ]; then
	build
fi
exec java -Xmx128m -cp "$checkout/modules/cluster/target/classes:$(cat "$classpath_file")" \
	org.clearinghouse.cluster.LocalCluster "$checkout" "$command"
