package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.TopicReader;
import org.liaison.events.Topic;
import org.liaison.events.directory.WardRecord;

/**
 * Nothing lost to a passing database failure: PostgreSQL itself refuses the replica write twice with a
 * serialization failure (SQLSTATE 40001, raised by a trigger), and the consumer retries in fresh transactions
 * instead of dead-lettering the record.
 */
@QuarkusTest
class TransientFailureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void removeTheFault() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("drop trigger if exists flaky_ward on ward_replica").executeUpdate();
            entityManager.createNativeQuery("drop function if exists flaky_ward()").executeUpdate();
            entityManager.createNativeQuery("drop sequence if exists flaky_ward_failures").executeUpdate();
        });
    }

    @Test
    void a_serialization_failure_is_retried_in_a_new_transaction_and_the_record_is_not_dead_lettered() throws Exception {
        String code = "E05" + UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> {
            // a sequence is not rolled back with the failing transaction, so it counts the failures
            entityManager.createNativeQuery("create sequence flaky_ward_failures").executeUpdate();
            entityManager.createNativeQuery("""
                    create function flaky_ward() returns trigger language plpgsql as $$
                    begin
                      if new.code = '%s' and nextval('flaky_ward_failures') <= 2 then
                        raise exception 'simulated serialization failure' using errcode = '40001';
                      end if;
                      return new;
                    end $$""".formatted(code)).executeUpdate();
            entityManager.createNativeQuery(
                    "create trigger flaky_ward before insert on ward_replica for each row execute function flaky_ward()")
                    .executeUpdate();
        });

        // returns once the replica holds the ward: its event is logged as processed in the transaction that wrote it
        DirectoryFixture.forServiceUnderTest().publish(new WardRecord(code, "Flaky Ward"));
        assertEquals(List.of(), given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/wards/" + code + "/councillors")
                .then().statusCode(200).extract().jsonPath().getList("id"), "the ward is known, with no councillors yet");

        long failures = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select last_value from flaky_ward_failures").getSingleResult())).longValue();
        assertEquals(3, failures, "failed twice, then the third attempt went through");
        // a record is dead-lettered instead of being applied, never as well: this reads the whole dead-letter topic
        assertTrue(new TopicReader(bootstrapServers).readToEnd(Topic.DIRECTORY_WARDS.deadLetterTopicName(),
                r -> code.equals(r.key())).isEmpty(), "nothing dead-lettered");
    }
}
