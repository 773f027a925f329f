package org.liaison.infrastructure.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The business counter every service shares: each committed domain event, by type, as
 * {@code liaison_events_total{type="liaison.enquiry.received.v1"}} on {@code /q/metrics} — enquiries received and
 * answered, chases fired, releases approved and issued, deliveries reported. Counted after the commit, so a rolled-back
 * change counts nothing.
 */
@ApplicationScoped
public class BusinessEvents {

    private final MeterRegistry meters;

    BusinessEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        meters.counter("liaison.events", "type", written.eventType()).increment();
    }
}
