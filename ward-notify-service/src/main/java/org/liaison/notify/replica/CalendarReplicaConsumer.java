package org.liaison.notify.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.events.calendar.NonWorkingDaysRecord;
import org.liaison.infrastructure.inbox.StateReplica;
import org.liaison.infrastructure.inbox.TransientFailureRetry;
import org.liaison.notify.matter.MeetingNotice;

/**
 * Keeps the replica of enquiry-service's non-working days (GOV.UK imports and closure days) from the compacted
 * {@code calendar.non-working-days}, and gives it to the suite's calendar here ({@link MeetingNotice}).
 */
@ApplicationScoped
public class CalendarReplicaConsumer {

    static final String NON_WORKING_DAYS = "calendar-non-working-days";

    private final StateReplica replica;
    private final MeetingNotice calendar;
    private final ObjectMapper json;
    private final Clock clock;

    CalendarReplicaConsumer(StateReplica replica, MeetingNotice calendar, ObjectMapper json, Clock clock) {
        this.replica = replica;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
    }

    @Incoming(NON_WORKING_DAYS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onNonWorkingDays(ConsumerRecord<String, String> record) {
        replica.apply(NON_WORKING_DAYS, record, NonWorkingDaysRecord.class, days -> {
            NonWorkingDaysReplica copy = NonWorkingDaysReplica.<NonWorkingDaysReplica>findByIdOptional(NonWorkingDaysRecord.KEY)
                    .orElseGet(NonWorkingDaysReplica::new);
            copy.id = NonWorkingDaysRecord.KEY;
            try {
                copy.record = json.writeValueAsString(days);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            copy.updatedAt = clock.instant();
            copy.persist();
            calendar.use(days);
        }, key -> {
            NonWorkingDaysReplica.deleteById(key);
            calendar.use(new NonWorkingDaysRecord(java.util.List.of(), java.util.List.of()));
        });
    }
}
