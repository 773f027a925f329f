package org.liaison.notify;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;

/** Puts wards and councillors on the directory topics exactly as directory-service's outbox does. */
final class DirectoryFixture {

    static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");

    private final TopicReader kafka;

    DirectoryFixture(String bootstrapServers) {
        this.kafka = new TopicReader(bootstrapServers);
    }

    String ward(String name) {
        String code = "E05" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode() % 1_000_000));
        kafka.publish("directory.wards", code, UUID.randomUUID().toString(), "liaison.directory.ward.v1",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        awaitReplica(code, 0); // a ward unknown to the replica is refused (422), so wait until it is known
        return code;
    }

    String councillor(String eventId, String id, String name, String email, String... wardCodes) {
        String wards = String.join("\",\"", wardCodes);
        kafka.publish("directory.councillors", id, eventId, "liaison.directory.councillor.v1",
                "{\"id\":\"" + id + "\",\"displayName\":\"" + name + "\",\"email\":\"" + email + "\",\"groupCode\":null,"
                        + "\"wardCodes\":[\"" + wards + "\"],\"roles\":[],\"status\":\"ACTIVE\"}");
        return id;
    }

    /** Waits until this service's replica knows the ward and lists {@code expected} councillors for it. */
    static void awaitReplica(String wardCode, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var response = given().auth().oauth2(MEMBERS_SERVICES).when().get("/wards/" + wardCode + "/councillors");
            if (response.statusCode() == 200 && response.jsonPath().getList("id").size() == expected) {
                return;
            }
            sleep();
        }
        throw new AssertionError("Replica of ward " + wardCode + " did not reach " + expected + " councillors");
    }

    static List<String> replicaEmails(String wardCode) {
        return given().auth().oauth2(MEMBERS_SERVICES).when().get("/wards/" + wardCode + "/councillors")
                .then().statusCode(200).extract().jsonPath().getList("email");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
