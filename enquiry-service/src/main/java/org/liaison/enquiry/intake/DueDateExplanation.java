package org.liaison.enquiry.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.calendar.Nation;
import org.liaison.calendar.SlaClock;

/**
 * Why an enquiry is due when it is (ENQ-1 to ENQ-3, ENQ-7): the SLA clock counted from {@code countedFrom} — day 0
 * and each working day, each skipped day with its reason — then a holding reply's new date and any moves made when
 * the holiday list changed. {@code dueAt} is the date now tracked and chased.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DueDateExplanation(UUID id, String reference, Instant countedFrom, String countedFromWhat, Nation nation,
        int workingDays, Instant clockStartsAt, Instant calculatedDueAt, List<SlaClock.Day> days, HoldingReply holdingReply,
        List<EnquiryView.DueDateChange> dueDateChanges, Instant dueAt) {

    /** ENQ-7: the officer set a new date, with a reason. */
    public record HoldingReply(Instant at, String reason, Instant previousDueAt, Instant newDueAt) {
    }
}
