#!/bin/bash
# One-shot, after the compose file's broker is up (TRY-OUT ONLY): creates the suite's topics as production has them
# (deploy/k8s/kafka-topics.yaml, here with one replica) and gives each service's principal exactly the ACLs of
# deploy/k8s/kafka-users.yaml: write what it publishes, read what it consumes, write those topics' dead-letter topics,
# read its own consumer group(s). The services themselves may not create topics (LIAISON_KAFKA_PROVISION_TOPICS=false).
set -euo pipefail
BIN=/opt/kafka/bin
ADMIN=/tmp/admin.properties
cat > "$ADMIN" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${LIAISON_KAFKA_ADMIN_PASSWORD}";
PROPERTIES
SERVER=kafka:9092

until "$BIN/kafka-broker-api-versions.sh" --bootstrap-server "$SERVER" --command-config "$ADMIN" >/dev/null 2>&1; do
  echo "waiting for the broker"; sleep 2
done

topic() { # name cleanup.policy
  "$BIN/kafka-topics.sh" --bootstrap-server "$SERVER" --command-config "$ADMIN" --create --if-not-exists \
    --topic "$1" --partitions 3 --replication-factor 1 --config "cleanup.policy=$2"
}
for compacted in directory.wards directory.councillors directory.officers directory.service-areas directory.groups \
    directory.committees directory.conflicts calendar.non-working-days; do
  topic "$compacted" compact; topic "$compacted.dlq" delete
done
for events in enquiry.events media.events notify.deliveries; do
  topic "$events" delete; topic "$events.dlq" delete
done

acl() { "$BIN/kafka-acls.sh" --bootstrap-server "$SERVER" --command-config "$ADMIN" --add --allow-principal "User:$1" "${@:2}"; }
produces() { local user=$1; shift; for t in "$@"; do acl "$user" --operation Write --operation Describe --topic "$t"; done; }
consumes() {
  local user=$1; shift
  for t in "$@"; do
    acl "$user" --operation Read --operation Describe --topic "$t"
    acl "$user" --operation Write --operation Describe --topic "$t.dlq"
  done
  acl "$user" --operation Read --group "$user" --resource-pattern-type prefixed
}
produces directory-service directory.wards directory.councillors directory.officers directory.service-areas \
  directory.groups directory.committees directory.conflicts
produces enquiry-service enquiry.events calendar.non-working-days
consumes enquiry-service directory.councillors directory.officers directory.service-areas directory.conflicts
produces ward-notify-service notify.deliveries
consumes ward-notify-service directory.wards directory.councillors directory.officers calendar.non-working-days \
  enquiry.events media.events
produces media-service media.events
consumes media-service directory.councillors directory.officers directory.wards directory.groups \
  directory.committees notify.deliveries
echo "topics and ACLs in place"
