package org.liaison.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.events.Topic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The production shape's transport security (docs/security.md), checked from what {@code kubectl kustomize deploy/k8s}
 * renders and from {@code deploy/compose}, so that any of it that regresses fails the build: Kafka only over TLS with
 * SCRAM-SHA-512, one principal per service whose ACLs are exactly what its channels and outbox use (derived from each
 * service's application.properties and the event contracts' {@link Topic}s), every topic and dead-letter topic
 * pre-created with three replicas and two in sync, the services' Kafka, database and SMTP settings from Secrets, every
 * pod within the Pod Security "restricted" standard, network policies denying by default, and a valid compose file
 * whose Kafka also takes only SCRAM, a principal per service.
 *
 * <p>Needs kubectl (with kustomize v5) and docker-compose (Debian's package; installed with apt-get first when missing
 * and run as root, as the browser tests install Chromium). Neither needs a cluster or a container engine.
 */
class DeployChecksTest {

    private static final Path ROOT = repositoryRoot();
    private static final List<String> SERVICES =
            List.of("directory-service", "enquiry-service", "ward-notify-service", "media-service");
    private static final String KAFKA_CLUSTER = "liaison";
    private static final Map<String, String> WEB = Map.of("app.kubernetes.io/name", "web");

    private static List<Map<String, Object>> rendered;

    @BeforeAll
    static void renderTheKubernetesShape() throws Exception {
        Path kubectl = Path.of("/usr/bin/kubectl");
        String command = Files.isExecutable(kubectl) ? kubectl.toString() : onPath("kubectl");
        if (command == null) {
            fail("DeployChecksTest renders deploy/k8s with kubectl (kustomize v5), which is not installed. Install kubectl"
                    + " 1.27 or newer, or skip the tests with -DskipTests.");
        }
        Result result = run(List.of(command, "kustomize", ROOT.resolve("deploy/k8s").toString()), 2);
        assertEquals(0, result.exit, "kubectl kustomize deploy/k8s failed:\n" + result.output);
        rendered = new ArrayList<>();
        for (Object document : yaml().loadAll(result.output)) {
            if (document != null) {
                rendered.add(map(document));
            }
        }
        assertFalse(rendered.isEmpty(), "kubectl kustomize rendered nothing");
    }

    // ---- Pod Security ------------------------------------------------------------------------------------------------

    @Test
    void the_namespace_enforces_the_restricted_pod_security_standard() {
        Map<String, Object> namespace = one("Namespace", "liaison");
        assertEquals("restricted", at(namespace, "metadata", "labels", "pod-security.kubernetes.io/enforce"));
        for (Map<String, Object> resource : rendered) {
            if (!"Namespace".equals(resource.get("kind"))) {
                assertEquals("liaison", at(resource, "metadata", "namespace"), name(resource) + " is outside the namespace");
            }
        }
    }

    @Test
    void every_pod_of_the_services_and_the_web_app_meets_the_restricted_standard() {
        List<Map<String, Object>> deployments = all("Deployment");
        assertEquals(new TreeSet<>(plus(SERVICES, "web")), names(deployments));
        for (Map<String, Object> deployment : deployments) {
            String who = name(deployment);
            Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
            Map<String, Object> podSecurity = map(pod.get("securityContext"));
            assertEquals(true, podSecurity.get("runAsNonRoot"), who + ": pod runAsNonRoot");
            assertEquals("RuntimeDefault", at(podSecurity, "seccompProfile", "type"), who + ": seccompProfile");
            assertEquals(false, pod.get("automountServiceAccountToken"), who + ": no service account token");
            for (String forbidden : List.of("hostNetwork", "hostPID", "hostIPC")) {
                assertFalse(Boolean.TRUE.equals(pod.get(forbidden)), who + ": " + forbidden);
            }
            Map<String, String> emptyDirs = new TreeMap<>();
            for (Object volume : list(pod.get("volumes"))) {
                Map<String, Object> v = map(volume);
                assertFalse(v.containsKey("hostPath"), who + ": hostPath volume " + v.get("name"));
                if (v.containsKey("emptyDir")) {
                    emptyDirs.put((String) v.get("name"), "emptyDir");
                }
            }
            for (Object c : list(pod.get("containers"))) {
                Map<String, Object> container = map(c);
                assertRestrictedContainer(who + "/" + container.get("name"), map(container.get("securityContext")));
                boolean tmpIsEmptyDir = list(container.get("volumeMounts")).stream().map(DeployChecksTest::map)
                        .anyMatch(m -> "/tmp".equals(m.get("mountPath")) && emptyDirs.containsKey((String) m.get("name")));
                assertTrue(tmpIsEmptyDir, who + ": /tmp is an emptyDir (the root filesystem is read-only)");
            }
        }
    }

    @Test
    void the_kafka_pods_strimzi_runs_meet_the_restricted_standard_too() {
        Map<String, Object> kafka = one("Kafka", KAFKA_CLUSTER);
        Map<String, Object> pool = only("KafkaNodePool");
        List<Object[]> templates = List.of(
                new Object[] {"Kafka broker pod", at(kafka, "spec", "kafka", "template", "pod"),
                        at(kafka, "spec", "kafka", "template", "kafkaContainer")},
                new Object[] {"node pool pod", at(pool, "spec", "template", "pod"), at(pool, "spec", "template", "kafkaContainer")},
                new Object[] {"topic operator", at(kafka, "spec", "entityOperator", "template", "pod"),
                        at(kafka, "spec", "entityOperator", "template", "topicOperatorContainer")},
                new Object[] {"user operator", at(kafka, "spec", "entityOperator", "template", "pod"),
                        at(kafka, "spec", "entityOperator", "template", "userOperatorContainer")});
        for (Object[] template : templates) {
            Map<String, Object> podSecurity = map(at(map(template[1]), "securityContext"));
            assertEquals(true, podSecurity.get("runAsNonRoot"), template[0] + ": runAsNonRoot");
            assertEquals("RuntimeDefault", at(podSecurity, "seccompProfile", "type"), template[0] + ": seccompProfile");
            assertRestrictedContainer((String) template[0], map(at(map(template[2]), "securityContext")));
        }
    }

    private static void assertRestrictedContainer(String who, Map<String, Object> security) {
        assertEquals(false, security.get("allowPrivilegeEscalation"), who + ": allowPrivilegeEscalation");
        assertEquals(List.of("ALL"), at(security, "capabilities", "drop"), who + ": capabilities drop ALL");
        assertNull(at(security, "capabilities", "add"), who + ": no capability added");
        assertEquals(true, security.get("readOnlyRootFilesystem"), who + ": readOnlyRootFilesystem");
        assertFalse(Boolean.TRUE.equals(security.get("privileged")), who + ": privileged");
        assertFalse(Boolean.FALSE.equals(security.get("runAsNonRoot")), who + ": runAsNonRoot false");
    }

    // ---- Kafka -------------------------------------------------------------------------------------------------------

    @Test
    void kafka_takes_clients_only_over_tls_with_scram_and_authorizes_every_request() {
        Map<String, Object> kafka = one("Kafka", KAFKA_CLUSTER);
        List<Object> listeners = list(at(kafka, "spec", "kafka", "listeners"));
        assertFalse(listeners.isEmpty());
        for (Object l : listeners) {
            Map<String, Object> listener = map(l);
            assertEquals(true, listener.get("tls"), "listener " + listener.get("name") + " is TLS");
            assertEquals("scram-sha-512", at(listener, "authentication", "type"),
                    "listener " + listener.get("name") + " authenticates with SCRAM-SHA-512");
        }
        assertEquals("simple", at(kafka, "spec", "kafka", "authorization", "type"));
        assertNull(at(kafka, "spec", "kafka", "authorization", "superUsers"), "no super user");
        Map<String, Object> config = map(at(kafka, "spec", "kafka", "config"));
        assertEquals(false, config.get("auto.create.topics.enable"));
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(2, config.get("min.insync.replicas"));
        assertFalse(Boolean.TRUE.equals(config.get("allow.everyone.if.no.acl.found")));
        Map<String, Object> pool = only("KafkaNodePool");
        assertEquals(KAFKA_CLUSTER, at(pool, "metadata", "labels", "strimzi.io/cluster"));
        assertTrue(((Number) at(pool, "spec", "replicas")).intValue() >= 3, "three brokers at least");
    }

    @Test
    void every_topic_and_dead_letter_topic_is_pre_created_with_three_replicas_and_two_in_sync() {
        Map<String, Map<String, Object>> topics = new TreeMap<>();
        for (Map<String, Object> topic : all("KafkaTopic")) {
            assertEquals(KAFKA_CLUSTER, at(topic, "metadata", "labels", "strimzi.io/cluster"));
            String name = (String) Objects.requireNonNullElse(at(topic, "spec", "topicName"), name(topic));
            topics.put(name, topic);
        }
        Set<String> wanted = new TreeSet<>();
        for (Topic topic : Topic.values()) {
            wanted.add(topic.topicName());
        }
        for (String service : SERVICES) {
            Channels channels = Channels.of(service);
            wanted.addAll(channels.produces);
            wanted.addAll(channels.consumes);
            wanted.addAll(channels.deadLetters);
            for (String consumed : channels.consumes) {
                assertTrue(channels.deadLetters.contains(consumed + ".dlq"),
                        service + " dead-letters what it cannot read of " + consumed);
            }
        }
        assertEquals(wanted, topics.keySet(), "a KafkaTopic for every topic and dead-letter topic, and no other");
        for (Map.Entry<String, Map<String, Object>> entry : topics.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> spec = map(at(entry.getValue(), "spec"));
            assertEquals(3, spec.get("replicas"), name + " replicas");
            assertEquals(2, at(spec, "config", "min.insync.replicas"), name + " min.insync.replicas");
            boolean compacted = Topic.byName(name).map(Topic::compacted).orElse(false);
            assertEquals(compacted ? "compact" : "delete", at(spec, "config", "cleanup.policy"), name + " cleanup.policy");
        }
    }

    @Test
    void each_service_is_its_own_kafka_principal_allowed_only_the_topics_and_group_it_uses() {
        assertEquals(new TreeSet<>(SERVICES), names(all("KafkaUser")), "one KafkaUser per service, and no other");
        for (String service : SERVICES) {
            Map<String, Object> user = one("KafkaUser", service);
            assertEquals(KAFKA_CLUSTER, at(user, "metadata", "labels", "strimzi.io/cluster"));
            assertEquals("scram-sha-512", at(user, "spec", "authentication", "type"), service);
            assertEquals("simple", at(user, "spec", "authorization", "type"), service);
            Set<String> actual = new TreeSet<>();
            for (Object a : list(at(user, "spec", "authorization", "acls"))) {
                Map<String, Object> acl = map(a);
                assertFalse("deny".equalsIgnoreCase(String.valueOf(acl.get("type"))), service + ": only allow rules");
                Object host = acl.get("host");
                assertTrue(host == null || "*".equals(host), service + ": host");
                Map<String, Object> resource = map(acl.get("resource"));
                List<Object> operations = new ArrayList<>(list(acl.get("operations")));
                if (acl.get("operation") != null) {
                    operations.add(acl.get("operation"));
                }
                for (Object operation : operations) {
                    actual.add(acl(String.valueOf(resource.get("type")), String.valueOf(resource.get("name")),
                            String.valueOf(Objects.requireNonNullElse(resource.get("patternType"), "literal")),
                            String.valueOf(operation)));
                }
            }
            assertEquals(Channels.of(service).expectedAcls(), actual, service + "'s ACLs");
        }
    }

    @Test
    void each_service_reaches_kafka_over_sasl_ssl_as_its_own_principal_trusting_the_cluster_ca() {
        Map<String, Object> config = map(at(liaisonConfig(), "data"));
        assertEquals(KAFKA_CLUSTER + "-kafka-bootstrap:9093", config.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("false", config.get("LIAISON_KAFKA_PROVISION_TOPICS"), "Strimzi owns the topics");
        for (String key : config.keySet()) {
            assertFalse(key.startsWith("KAFKA_SECURITY") || key.startsWith("KAFKA_SASL"), key + " belongs to each service");
        }
        for (String service : SERVICES) {
            Map<String, Object> container = container(service);
            Map<String, Map<String, Object>> env = env(container);
            assertEquals("SASL_SSL", value(env, "KAFKA_SECURITY_PROTOCOL"), service);
            assertEquals("SCRAM-SHA-512", value(env, "KAFKA_SASL_MECHANISM"), service);
            assertEquals(List.of(service, "sasl.jaas.config"), secretRef(env, "KAFKA_SASL_JAAS_CONFIG"),
                    service + "'s JAAS line comes from its own KafkaUser's Secret");
            String caSecret = KAFKA_CLUSTER + "-cluster-ca-cert";
            assertEquals(List.of(caSecret, "ca.password"), secretRef(env, "KAFKA_SSL_TRUSTSTORE_PASSWORD"), service);
            assertEquals("PKCS12", value(env, "KAFKA_SSL_TRUSTSTORE_TYPE"), service);
            String truststore = value(env, "KAFKA_SSL_TRUSTSTORE_LOCATION");
            assertEquals(caSecret, mountedSecret(service, container, truststore),
                    service + ": the truststore is the cluster CA's Secret");
            assertNull(env.get("KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM"), service + ": host names are verified");
            assertNotEquals("true", value(env, "LIAISON_KAFKA_PROVISION_TOPICS"), service);
        }
    }

    @Test
    void the_services_default_to_sasl_ssl_and_scram_in_the_prod_profile_and_plaintext_elsewhere() throws IOException {
        for (String service : SERVICES) {
            Properties properties = Channels.load(service);
            assertEquals("SASL_SSL", properties.getProperty("%prod.kafka.security.protocol"), service);
            assertEquals("SCRAM-SHA-512", properties.getProperty("%prod.kafka.sasl.mechanism"), service);
            assertNull(properties.getProperty("kafka.security.protocol"), service + ": plaintext outside prod (tests, local run)");
        }
        assertEquals("REQUIRED", Channels.load("ward-notify-service").getProperty("%prod.quarkus.mailer.start-tls"));
    }

    // ---- Database and email ------------------------------------------------------------------------------------------

    @Test
    void each_service_has_its_own_database_user_over_tls_that_checks_the_server() {
        Set<String> secrets = new TreeSet<>();
        for (String service : SERVICES) {
            Map<String, Map<String, Object>> env = env(container(service));
            List<String> user = secretRef(env, "QUARKUS_DATASOURCE_USERNAME");
            List<String> password = secretRef(env, "QUARKUS_DATASOURCE_PASSWORD");
            assertEquals(List.of(service + "-database", "username"), user, service);
            assertEquals(List.of(service + "-database", "password"), password, service);
            secrets.add(user.get(0));
            String url = value(env, "QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(url.contains("sslmode=verify-full"), service + ": " + url);
            Matcher rootCert = Pattern.compile("sslrootcert=([^&]+)").matcher(url);
            assertTrue(rootCert.find(), service + ": " + url);
            assertTrue(mounted(container(service), rootCert.group(1)), service + ": " + rootCert.group(1) + " is mounted");
        }
        assertEquals(SERVICES.size(), secrets.size(), "no two services share a database user");
        assertTrue(all("Secret").isEmpty(), "no Secret is kept in the repository");
    }

    @Test
    void email_leaves_only_from_the_hub_over_tls_with_a_login_from_a_secret() {
        Map<String, Map<String, Object>> env = env(container("ward-notify-service"));
        boolean implicitTls = "true".equals(value(env, "QUARKUS_MAILER_TLS"));
        assertTrue(implicitTls || "REQUIRED".equals(value(env, "QUARKUS_MAILER_START_TLS")), "STARTTLS required or implicit TLS");
        assertNotEquals("true", value(env, "QUARKUS_MAILER_TRUST_ALL"));
        assertEquals(List.of("liaison-smtp", "username"), secretRef(env, "QUARKUS_MAILER_USERNAME"));
        assertEquals(List.of("liaison-smtp", "password"), secretRef(env, "QUARKUS_MAILER_PASSWORD"));
        for (String other : plus(List.of("directory-service", "enquiry-service", "media-service"), "web")) {
            assertFalse(env(container(other)).containsKey("QUARKUS_MAILER_PASSWORD"), other + " has no SMTP login");
        }
    }

    @Test
    void no_secret_is_written_into_a_manifest() {
        for (String deployment : plus(SERVICES, "web")) {
            for (Map.Entry<String, Map<String, Object>> e : env(container(deployment)).entrySet()) {
                if (e.getKey().matches(".*(PASSWORD|SECRET|JAAS|_KEY).*")) {
                    assertNull(e.getValue().get("value"), deployment + ": " + e.getKey() + " must come from a Secret");
                }
            }
        }
        for (Map.Entry<String, Object> e : map(at(liaisonConfig(), "data")).entrySet()) {
            assertFalse(e.getKey().matches(".*(PASSWORD|SECRET|JAAS).*"), "liaison-config holds " + e.getKey());
        }
    }

    // ---- Network policies --------------------------------------------------------------------------------------------

    @Test
    void network_policies_deny_everything_not_allowed() {
        boolean defaultDeny = all("NetworkPolicy").stream().anyMatch(p -> map(at(p, "spec", "podSelector")).isEmpty()
                && list(at(p, "spec", "policyTypes")).containsAll(List.of("Ingress", "Egress"))
                && list(at(p, "spec", "ingress")).isEmpty() && list(at(p, "spec", "egress")).isEmpty());
        assertTrue(defaultDeny, "a policy selecting every pod denies all ingress and egress");
        for (Map<String, Object> policy : all("NetworkPolicy")) {
            for (String direction : List.of("ingress", "egress")) {
                for (Object r : list(at(policy, "spec", direction))) {
                    Map<String, Object> rule = map(r);
                    List<Object> peers = list(rule.get(direction.equals("ingress") ? "from" : "to"));
                    assertFalse(peers.isEmpty(), name(policy) + ": a " + direction + " rule with no peers allows everyone");
                    for (Object peer : peers) {
                        Object cidr = at(map(peer), "ipBlock", "cidr");
                        assertFalse("0.0.0.0/0".equals(cidr) || "::/0".equals(cidr), name(policy) + ": " + cidr);
                    }
                }
            }
        }
    }

    @Test
    void each_service_is_reached_only_from_the_web_app_and_reaches_only_kafka_its_database_smtp_and_the_identity_provider() {
        Map<String, Set<Integer>> expectedEgress = new TreeMap<>();
        for (String service : SERVICES) {
            expectedEgress.put(service, new TreeSet<>(List.of(53, 9093, 5432, 443)));
        }
        expectedEgress.get("ward-notify-service").addAll(List.of(587, 993));
        for (String service : SERVICES) {
            Map<String, String> labels = podLabels(service);
            List<Map<String, Object>> policies = policiesSelecting(labels);
            Set<Integer> ingressPorts = new TreeSet<>();
            for (Map<String, Object> rule : rules(policies, "ingress")) {
                for (Object peer : list(rule.get("from"))) {
                    Map<String, Object> p = map(peer);
                    assertEquals(Set.of("podSelector"), p.keySet(), service + ": ingress only from pods of the namespace");
                    assertEquals(WEB, at(p, "podSelector", "matchLabels"), service + ": ingress only from the web app");
                }
                ingressPorts.addAll(ports(rule));
            }
            assertEquals(Set.of(8080), ingressPorts, service + " ingress ports");
            Set<Integer> egressPorts = new TreeSet<>();
            for (Map<String, Object> rule : rules(policies, "egress")) {
                List<Integer> ports = ports(rule);
                assertFalse(ports.isEmpty(), service + ": an egress rule without ports");
                egressPorts.addAll(ports);
                for (Object peer : list(rule.get("to"))) {
                    Map<String, Object> p = map(peer);
                    if (ports.contains(9093)) {
                        assertTrue(selects(map(p.get("podSelector")), Map.of("strimzi.io/cluster", KAFKA_CLUSTER,
                                "strimzi.io/broker-role", "true")) && !p.containsKey("namespaceSelector"),
                                service + ": Kafka's port only to the cluster's brokers");
                    }
                    if (p.containsKey("podSelector") && !p.containsKey("namespaceSelector")) {
                        for (String other : plus(SERVICES, "web")) {
                            assertFalse(selects(map(p.get("podSelector")), podLabels(other)), service + " may not call " + other);
                        }
                    }
                }
            }
            assertEquals(expectedEgress.get(service), egressPorts, service + " egress ports");
        }
    }

    @Test
    void the_web_app_is_reached_only_from_the_ingress_and_reaches_only_the_services_and_the_identity_provider() {
        List<Map<String, Object>> policies = policiesSelecting(podLabels("web"));
        Set<Integer> ingressPorts = new TreeSet<>();
        for (Map<String, Object> rule : rules(policies, "ingress")) {
            for (Object peer : list(rule.get("from"))) {
                assertEquals(Set.of("namespaceSelector"), map(peer).keySet(), "web: only from the ingress controller's namespace");
            }
            ingressPorts.addAll(ports(rule));
        }
        assertEquals(Set.of(8080), ingressPorts);
        Set<Integer> egressPorts = new TreeSet<>();
        for (Map<String, Object> rule : rules(policies, "egress")) {
            egressPorts.addAll(ports(rule));
            if (ports(rule).contains(8080)) {
                for (Object peer : list(rule.get("to"))) {
                    Map<String, Object> selector = map(map(peer).get("podSelector"));
                    for (String service : SERVICES) {
                        assertTrue(selects(selector, podLabels(service)), "web calls " + service);
                    }
                    assertFalse(selects(selector, Map.of("strimzi.io/cluster", KAFKA_CLUSTER)), "web never reaches Kafka");
                }
            }
        }
        assertEquals(Set.of(53, 443, 8080), egressPorts, "web egress ports");
    }

    // ---- Compose -----------------------------------------------------------------------------------------------------

    @Test
    void the_compose_file_is_valid_and_its_kafka_takes_only_scram_with_a_principal_per_service() throws Exception {
        String compose = dockerCompose();
        Path file = ROOT.resolve("deploy/compose/compose.yaml");
        Result valid = run(List.of(compose, "-f", file.toString(), "config", "-q"), 2);
        assertEquals(0, valid.exit, "docker-compose config -q:\n" + valid.output);
        Result resolved = run(List.of(compose, "-f", file.toString(), "config"), 2);
        assertEquals(0, resolved.exit, resolved.output);
        Map<String, Object> services = map(map(yaml().load(resolved.output)).get("services"));
        Set<String> jaasLines = new TreeSet<>();
        Set<String> databaseUsers = new TreeSet<>();
        for (String service : SERVICES) {
            Map<String, Object> env = map(at(map(services.get(service)), "environment"));
            databaseUsers.add(String.valueOf(env.get("QUARKUS_DATASOURCE_USERNAME")));
            assertEquals("SASL_PLAINTEXT", env.get("KAFKA_SECURITY_PROTOCOL"), service);
            assertEquals("SCRAM-SHA-512", env.get("KAFKA_SASL_MECHANISM"), service);
            assertEquals("false", String.valueOf(env.get("LIAISON_KAFKA_PROVISION_TOPICS")), service);
            String jaas = String.valueOf(env.get("KAFKA_SASL_JAAS_CONFIG"));
            assertTrue(jaas.contains("ScramLoginModule required username=\"" + service + "\""), service + ": " + jaas);
            jaasLines.add(jaas);
        }
        assertEquals(SERVICES.size(), jaasLines.size(), "a password per service");
        assertEquals(SERVICES.size(), databaseUsers.size(), "a database user per service: " + databaseUsers);
        assertFalse(databaseUsers.contains("null"), "each service names its database user");
        String init = Files.readString(ROOT.resolve("deploy/compose/init-databases.sql"));
        for (String user : databaseUsers) {
            assertTrue(init.contains("create user " + user + " "), "init-databases.sql creates " + user);
        }
        assertTrue(init.contains("revoke connect on database"), "no service's user connects to another's database");
        String broker = Files.readString(ROOT.resolve("deploy/compose/kafka/start-broker.sh"));
        for (String line : List.of("listener.security.protocol.map=SASL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "listeners=SASL://:9092,CONTROLLER://localhost:9093", "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false", "auto.create.topics.enable=false")) {
            assertTrue(broker.contains(line + "\n"), "start-broker.sh: " + line);
        }
        assertTrue(String.valueOf(at(map(services.get("kafka")), "command")).contains("start-broker.sh"));
        assertFalse(map(services.get("kafka")).containsKey("ports"), "compose's Kafka is not published on the host");
        // kafka/setup.sh grants what deploy/k8s's KafkaUsers do: the same derivation from application.properties
        Map<String, Set<String>> granted = composeAcls(Files.readString(ROOT.resolve("deploy/compose/kafka/setup.sh")));
        for (String service : SERVICES) {
            assertEquals(Channels.of(service).expectedAcls(), granted.getOrDefault(service, Set.of()), "setup.sh: " + service);
        }
    }

    /** The ACLs kafka/setup.sh gives: "produces USER TOPIC..." and "consumes USER TOPIC..." lines (see the script). */
    private static Map<String, Set<String>> composeAcls(String script) {
        Map<String, Set<String>> acls = new TreeMap<>();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 3 || !(words[0].equals("produces") || words[0].equals("consumes"))) {
                continue;
            }
            Set<String> user = acls.computeIfAbsent(words[1], k -> new TreeSet<>());
            for (String topic : Arrays.copyOfRange(words, 2, words.length)) {
                if (words[0].equals("produces")) {
                    user.add(acl("topic", topic, "literal", "Write"));
                    user.add(acl("topic", topic, "literal", "Describe"));
                } else {
                    user.add(acl("topic", topic, "literal", "Read"));
                    user.add(acl("topic", topic, "literal", "Describe"));
                    user.add(acl("topic", topic + ".dlq", "literal", "Write"));
                    user.add(acl("topic", topic + ".dlq", "literal", "Describe"));
                    user.add(acl("group", words[1], "prefix", "Read"));
                }
            }
        }
        return acls;
    }

    // ---- What each service's application.properties says it uses --------------------------------------------------

    /** A service's Kafka use, read from its application.properties (profile-specific lines aside). */
    private record Channels(String service, Set<String> produces, Set<String> consumes, Set<String> deadLetters,
            Set<String> groups) {

        static Channels of(String service) {
            Properties properties;
            try {
                properties = load(service);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Set<String> produces = new TreeSet<>(csv(properties.getProperty("liaison.kafka.produces")));
            Set<String> consumes = new TreeSet<>();
            Set<String> deadLetters = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key).trim();
                if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                    consumes.add(value);
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                    deadLetters.add(value);
                } else if (key.equals("mp.messaging.connector.smallrye-kafka.group.id")
                        || key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                    groups.add(value);
                }
                assertFalse(key.matches("mp\\.messaging\\.outgoing\\..*"), service + " publishes through its outbox only");
            }
            Set<String> known = new TreeSet<>();
            for (Topic topic : Topic.values()) {
                known.add(topic.topicName());
                known.add(topic.deadLetterTopicName());
            }
            for (String topic : plus(plus(produces, consumes), deadLetters)) {
                assertTrue(known.contains(topic), service + " names " + topic + ", which is not in the event contracts");
            }
            assertEquals(consumes, new TreeSet<>(csv(properties.getProperty("liaison.kafka.consumes"))),
                    service + ": liaison.kafka.consumes lists its channels' topics");
            if (!consumes.isEmpty()) {
                assertEquals(Set.of(service), groups, service + "'s consumer group is named after it");
            }
            return new Channels(service, produces, consumes, deadLetters, groups);
        }

        static Properties load(String service) throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
                properties.load(in);
            }
            return properties;
        }

        Set<String> expectedAcls() {
            Set<String> acls = new TreeSet<>();
            for (String topic : produces) {
                acls.add(acl("topic", topic, "literal", "Write"));
                acls.add(acl("topic", topic, "literal", "Describe"));
            }
            for (String topic : consumes) {
                acls.add(acl("topic", topic, "literal", "Read"));
                acls.add(acl("topic", topic, "literal", "Describe"));
            }
            for (String topic : deadLetters) {
                acls.add(acl("topic", topic, "literal", "Write"));
                acls.add(acl("topic", topic, "literal", "Describe"));
            }
            for (String group : groups) {
                if (!consumes.isEmpty()) {
                    acls.add(acl("group", group, "prefix", "Read"));
                }
            }
            return acls;
        }
    }

    private static String acl(String type, String name, String pattern, String operation) {
        return type.toLowerCase() + ":" + pattern.toLowerCase() + ":" + name + ":" + operation.toLowerCase();
    }

    private static List<String> csv(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    // ---- Reading the rendered resources ------------------------------------------------------------------------------

    private static List<Map<String, Object>> all(String kind) {
        return rendered.stream().filter(r -> kind.equals(r.get("kind"))).collect(Collectors.toList());
    }

    private static Map<String, Object> one(String kind, String name) {
        List<Map<String, Object>> found = all(kind).stream().filter(r -> name.equals(name(r))).collect(Collectors.toList());
        assertEquals(1, found.size(), "one " + kind + " " + name);
        return found.get(0);
    }

    /** The ConfigMap kustomize generates as liaison-config (its name carries a hash of its content). */
    private static Map<String, Object> liaisonConfig() {
        List<Map<String, Object>> found = all("ConfigMap").stream()
                .filter(r -> name(r).matches("liaison-config-[a-z0-9]+")).collect(Collectors.toList());
        assertEquals(1, found.size(), "one ConfigMap liaison-config");
        return found.get(0);
    }

    private static Map<String, Object> only(String kind) {
        List<Map<String, Object>> found = all(kind);
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static String name(Map<String, Object> resource) {
        return (String) at(resource, "metadata", "name");
    }

    private static Set<String> names(List<Map<String, Object>> resources) {
        return resources.stream().map(DeployChecksTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> container(String deployment) {
        List<Object> containers = list(at(one("Deployment", deployment), "spec", "template", "spec", "containers"));
        assertEquals(1, containers.size(), deployment);
        return map(containers.get(0));
    }

    private static Map<String, String> podLabels(String deployment) {
        Map<String, String> labels = new TreeMap<>();
        map(at(one("Deployment", deployment), "spec", "template", "metadata", "labels"))
                .forEach((k, v) -> labels.put(k, String.valueOf(v)));
        return labels;
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        for (Object e : list(container.get("env"))) {
            Map<String, Object> entry = map(e);
            env.put((String) entry.get("name"), entry);
        }
        return env;
    }

    private static String value(Map<String, Map<String, Object>> env, String name) {
        Map<String, Object> entry = env.get(name);
        return entry == null ? null : (String) entry.get("value");
    }

    private static List<String> secretRef(Map<String, Map<String, Object>> env, String name) {
        Map<String, Object> entry = env.get(name);
        assertNotNull(entry, name + " is set");
        assertNull(entry.get("value"), name + " is not written in the manifest");
        Map<String, Object> ref = map(at(entry, "valueFrom", "secretKeyRef"));
        assertFalse(ref.isEmpty(), name + " comes from a Secret");
        return List.of((String) ref.get("name"), (String) ref.get("key"));
    }

    /** The Secret whose volume holds {@code file} in the container, or null. */
    private static String mountedSecret(String deployment, Map<String, Object> container, String file) {
        assertNotNull(file);
        Map<String, Object> pod = map(at(one("Deployment", deployment), "spec", "template", "spec"));
        for (Object m : list(container.get("volumeMounts"))) {
            Map<String, Object> mount = map(m);
            if (file.startsWith(mount.get("mountPath") + "/")) {
                for (Object v : list(pod.get("volumes"))) {
                    Map<String, Object> volume = map(v);
                    if (mount.get("name").equals(volume.get("name"))) {
                        return (String) at(volume, "secret", "secretName");
                    }
                }
            }
        }
        return null;
    }

    private static boolean mounted(Map<String, Object> container, String file) {
        return list(container.get("volumeMounts")).stream().map(DeployChecksTest::map)
                .anyMatch(m -> file.startsWith(m.get("mountPath") + "/"));
    }

    private static List<Map<String, Object>> policiesSelecting(Map<String, String> labels) {
        List<Map<String, Object>> policies = all("NetworkPolicy").stream()
                .filter(p -> selects(map(at(p, "spec", "podSelector")), labels)).collect(Collectors.toList());
        assertFalse(policies.isEmpty(), "a network policy selects " + labels);
        return policies;
    }

    private static List<Map<String, Object>> rules(List<Map<String, Object>> policies, String direction) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> policy : policies) {
            for (Object rule : list(at(policy, "spec", direction))) {
                rules.add(map(rule));
            }
        }
        return rules;
    }

    private static List<Integer> ports(Map<String, Object> rule) {
        List<Integer> ports = new ArrayList<>();
        for (Object p : list(rule.get("ports"))) {
            Object port = map(p).get("port");
            assertTrue(port instanceof Integer, "a numbered port, not " + port);
            ports.add((Integer) port);
        }
        return ports;
    }

    /** Whether a label selector (matchLabels, matchExpressions) selects a pod with these labels; {} selects all. */
    private static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        for (Map.Entry<String, Object> e : map(selector.get("matchLabels")).entrySet()) {
            if (!String.valueOf(e.getValue()).equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Object x : list(selector.get("matchExpressions"))) {
            Map<String, Object> expression = map(x);
            String value = labels.get((String) expression.get("key"));
            List<Object> values = list(expression.get("values"));
            boolean ok = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + expression.get("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Object at(Map<String, Object> root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }

    private static <T> List<T> plus(java.util.Collection<T> first, java.util.Collection<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> plus(List<String> first, String one) {
        return plus(first, List.of(one));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        return new Yaml(options);
    }

    // ---- Tools -------------------------------------------------------------------------------------------------------

    /** docker-compose (Debian's package), installed now with apt-get when missing and run as root. */
    private static synchronized String dockerCompose() throws Exception {
        String found = onPath("docker-compose");
        if (found != null) {
            return found;
        }
        Path aptGet = Path.of("/usr/bin/apt-get");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || !Files.isExecutable(aptGet)) {
            fail("DeployChecksTest validates deploy/compose with docker-compose, which is not installed. Install it"
                    + " (Debian/Ubuntu: sudo apt-get install -y docker-compose), or skip the tests with -DskipTests.");
        }
        System.out.println("[deploy checks] docker-compose missing: installing it with apt-get");
        Result update = run(List.of(aptGet.toString(), "update"), 10);
        assertEquals(0, update.exit, "apt-get update:\n" + update.output);
        Result install = run(List.of(aptGet.toString(), "install", "-y", "--no-install-recommends", "docker-compose"), 15);
        assertEquals(0, install.exit, "apt-get install docker-compose:\n" + install.output);
        found = onPath("docker-compose");
        assertNotNull(found, "apt-get ran, but docker-compose is still not there");
        return found;
    }

    private static String onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(directory, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(ROOT.toFile());
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Path output = Files.createTempFile("deploy-checks", ".out");
        try {
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + minutes + " minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/k8s/kustomization.yaml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no deploy/k8s/kustomization.yaml above " + here);
    }
}
