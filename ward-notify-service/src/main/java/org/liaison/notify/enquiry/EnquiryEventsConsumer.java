package org.liaison.notify.enquiry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryDeclineDisputed;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.events.enquiry.EnquiryReassigned;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.infrastructure.inbox.IncomingEvent;
import org.liaison.infrastructure.inbox.ProcessedEvents;
import org.liaison.infrastructure.inbox.TransientFailureRetry;
import org.liaison.notify.delivery.Notice;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.NotificationQueue;

/**
 * Turns enquiry-service's events into email through the hub. ENQ-6: the councillor is acknowledged at once
 * with the reference, the officer and the due date; ENQ-7: a holding reply reaches the councillor with its
 * reason and new date; reassignments, withdrawals and disputed declines (ENQ-11) reach the people they concern.
 * One email per (event, recipient), whatever the redelivery.
 */
@ApplicationScoped
public class EnquiryEventsConsumer {

    private static final Logger LOG = Logger.getLogger(EnquiryEventsConsumer.class);
    static final String CHANNEL = "enquiry-events";

    private final ProcessedEvents processed;
    private final NotificationQueue queue;
    private final ObjectMapper objectMapper;

    EnquiryEventsConsumer(ProcessedEvents processed, NotificationQueue queue, ObjectMapper objectMapper) {
        this.processed = processed;
        this.queue = queue;
        this.objectMapper = objectMapper;
    }

    @Incoming(CHANNEL)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onEnquiryEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!processed.firstDelivery(CHANNEL, event.id())) {
            return;
        }
        if (EnquiryReceived.TYPE.equals(event.type())) {
            EnquiryReceived received = event.payloadAs(EnquiryReceived.class, objectMapper);
            queue.enqueue("enquiry-event:" + event.id(), null, received.councillorId(), received.councillorEmail(),
                    received.councillorName(), Notification.ENQUIRY_ACKNOWLEDGEMENT, event.payload());
        } else if (HoldingReplySent.TYPE.equals(event.type())) {
            HoldingReplySent holding = event.payloadAs(HoldingReplySent.class, objectMapper);
            if (holding.councillorEmail() != null) {
                queue.enqueue("enquiry-event:" + event.id(), null, holding.councillorId(), holding.councillorEmail(),
                        holding.councillorName(), Notification.ENQUIRY_HOLDING_REPLY, event.payload());
            }
        } else if (EnquiryAnswered.TYPE.equals(event.type())) {
            EnquiryAnswered answered = event.payloadAs(EnquiryAnswered.class, objectMapper);
            if (answered.councillorEmail() != null) {
                queue.enqueue("enquiry-event:" + event.id(), null, answered.councillorId(), answered.councillorEmail(),
                        answered.councillorName(), Notification.ENQUIRY_REPLY, event.payload());
            }
            for (EnquiryAnswered.Member member : answered.copiedTo()) {
                queue.enqueue("enquiry-event:" + event.id(), null, member.id(), member.email(), member.name(),
                        Notification.ENQUIRY_REPLY_COPY, event.payload());
            }
        } else if (EnquiryChased.TYPE.equals(event.type())) {
            EnquiryChased chased = event.payloadAs(EnquiryChased.class, objectMapper);
            for (EnquiryChased.Recipient recipient : chased.recipients()) {
                if (recipient.email() != null) {
                    queue.enqueue("enquiry-event:" + event.id(), null, recipient.id(), recipient.email(), recipient.name(),
                            Notification.ENQUIRY_CHASE, event.payload());
                }
            }
        } else if (EnquiryClosedWithoutAnswer.DECLINED.equals(event.type())) {
            EnquiryClosedWithoutAnswer declined = event.payloadAs(EnquiryClosedWithoutAnswer.class, objectMapper);
            if (declined.councillorEmail() != null) {
                queue.enqueue("enquiry-event:" + event.id(), null, declined.councillorId(), declined.councillorEmail(),
                        declined.councillorName(), Notification.ENQUIRY_DECLINED, event.payload());
            }
        } else if (EnquiryReassigned.TYPE.equals(event.type())) {
            EnquiryReassigned reassigned = event.payloadAs(EnquiryReassigned.class, objectMapper);
            notice(event, reassigned.officerId(), reassigned.officerEmail(), reassigned.officerName(),
                    EnquiryNotices.reassignedToOfficer(reassigned));
            notice(event, reassigned.councillorId(), reassigned.councillorEmail(), reassigned.councillorName(),
                    EnquiryNotices.reassignedToCouncillor(reassigned));
        } else if (EnquiryClosedWithoutAnswer.WITHDRAWN.equals(event.type())) {
            EnquiryClosedWithoutAnswer withdrawn = event.payloadAs(EnquiryClosedWithoutAnswer.class, objectMapper);
            notice(event, withdrawn.officerId(), withdrawn.officerEmail(), withdrawn.officerName(),
                    EnquiryNotices.withdrawn(withdrawn));
        } else if (EnquiryDeclineDisputed.TYPE.equals(event.type())) {
            EnquiryDeclineDisputed disputed = event.payloadAs(EnquiryDeclineDisputed.class, objectMapper);
            notice(event, disputed.chiefExecutiveId(), disputed.chiefExecutiveEmail(), disputed.chiefExecutiveName(),
                    EnquiryNotices.disputed(disputed));
        } else if (EnquiryDisputeDecided.TYPE.equals(event.type())) {
            EnquiryDisputeDecided decided = event.payloadAs(EnquiryDisputeDecided.class, objectMapper);
            notice(event, decided.councillorId(), decided.councillorEmail(), decided.councillorName(),
                    EnquiryNotices.decisionToCouncillor(decided));
            if (decided.outcome() == EnquiryDisputeDecided.Outcome.OVERTURNED) {
                notice(event, decided.officerId(), decided.officerEmail(), decided.officerName(),
                        EnquiryNotices.overturnedToOfficer(decided));
            }
        } else {
            LOG.debugf("No email for %s", event);
        }
    }

    /** Queues a composed notice for one person, if the event names them and where to write. */
    private void notice(IncomingEvent event, String recipientId, String email, String name, Notice notice) {
        if (recipientId == null || email == null) {
            LOG.warnf("%s names nobody to write to for \"%s\"", event, notice.subject());
            return;
        }
        try {
            queue.enqueue("enquiry-event:" + event.id(), null, recipientId, email, name == null ? email : name,
                    Notification.NOTICE, objectMapper.writeValueAsString(notice));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the notice " + notice.subject(), e);
        }
    }
}
