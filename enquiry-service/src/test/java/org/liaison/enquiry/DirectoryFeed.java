package org.liaison.enquiry;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.liaison.embedded.TopicReader;
import org.liaison.events.directory.ConflictRecord;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;
import org.liaison.events.directory.ServiceAreaRecord;
import org.liaison.infrastructure.problem.ProblemException;

/** Publishes directory records exactly as directory-service's outbox does, and waits for the replica. */
final class DirectoryFeed {

    private static final OfficerRecord.WorkingHours OFFICE = new OfficerRecord.WorkingHours(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    private final TopicReader kafka;
    private final ObjectMapper json;

    DirectoryFeed(String bootstrapServers, ObjectMapper json) {
        this.kafka = new TopicReader(bootstrapServers);
        this.json = json;
    }

    String councillor(String name) {
        String id = UUID.randomUUID().toString();
        publish("directory.councillors", id, "liaison.directory.councillor.v1", new CouncillorRecord(id, name,
                id.substring(0, 8) + "@members.aldermoor.example", "LAB", List.of("E05999001"), List.of(), null, null, "EMAIL", "ACTIVE"));
        return id;
    }

    String officer(String name, String seniority, String lineManagerId, OfficerRecord.Absence... absences) {
        String id = UUID.randomUUID().toString();
        publish("directory.officers", id, "liaison.directory.officer.v1", new OfficerRecord(id, name,
                id.substring(0, 8) + "@aldermoor.example", "Officer", seniority, List.of(), List.of(), lineManagerId, false,
                OFFICE, List.of(absences), "ACTIVE"));
        return id;
    }

    static OfficerRecord.Absence absentToday() {
        return new OfficerRecord.Absence(LocalDate.now().minusDays(3), LocalDate.now().plusDays(3));
    }

    String serviceArea(String keyContact, String head, String director) {
        String code = "SA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        publish("directory.service-areas", code, "liaison.directory.service-area.v1",
                new ServiceAreaRecord(code, "Area " + code, keyContact, head, director));
        return code;
    }

    void conflict(String councillorId, String officerId) {
        String id = UUID.randomUUID().toString();
        publish("directory.conflicts", id, "liaison.directory.conflict.v1", new ConflictRecord(id, councillorId, officerId));
    }

    private void publish(String topic, String key, String type, Object record) {
        try {
            kafka.publish(topic, key, UUID.randomUUID().toString(), type, json.writeValueAsString(record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Retries a request until the replica has caught up (anything but 403/422 for unknown records). */
    static io.restassured.response.Response awaitAccepted(java.util.function.Supplier<io.restassured.response.Response> call) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        io.restassured.response.Response response = call.get();
        while (Instant.now().isBefore(deadline) && (response.statusCode() == 403 || (response.statusCode() == 422
                && !response.asString().contains("\"ruleId\"")))) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            response = call.get();
        }
        return response;
    }
}
