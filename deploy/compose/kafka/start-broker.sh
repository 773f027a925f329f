#!/bin/bash
# The compose file's Kafka broker (TRY-OUT ONLY): one KRaft node whose only client listener takes SASL/SCRAM-SHA-512,
# with ACLs (StandardAuthorizer) and one principal per service, their passwords from the compose file (compose-only
# defaults, public). On first start the storage is formatted with their SCRAM credentials (KRaft bootstraps SCRAM
# users only at format time); setup.sh then creates the topics and grants each service its topics and consumer group.
# The controller listener is reachable only inside the container (localhost).
set -euo pipefail

DATA=/var/lib/kafka/data
CONFIG=/tmp/server.properties
cat > "$CONFIG" <<PROPERTIES
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@localhost:9093
listeners=SASL://:9092,CONTROLLER://localhost:9093
advertised.listeners=SASL://kafka:9092
listener.security.protocol.map=SASL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=SASL
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${LIAISON_KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:ANONYMOUS
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
log.dirs=${DATA}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
PROPERTIES
# User:ANONYMOUS is the controller listener's (PLAINTEXT on localhost only, the broker's own link to its controller).

if [ ! -f "$DATA/meta.properties" ]; then
  /opt/kafka/bin/kafka-storage.sh format --config "$CONFIG" --cluster-id "${CLUSTER_ID:-bGlhaXNvbi1jb21wb3NlMA}" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${LIAISON_KAFKA_ADMIN_PASSWORD}]" \
    --add-scram "SCRAM-SHA-512=[name=directory-service,password=${LIAISON_KAFKA_DIRECTORY_PASSWORD}]" \
    --add-scram "SCRAM-SHA-512=[name=enquiry-service,password=${LIAISON_KAFKA_ENQUIRY_PASSWORD}]" \
    --add-scram "SCRAM-SHA-512=[name=ward-notify-service,password=${LIAISON_KAFKA_NOTIFY_PASSWORD}]" \
    --add-scram "SCRAM-SHA-512=[name=media-service,password=${LIAISON_KAFKA_MEDIA_PASSWORD}]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$CONFIG"
