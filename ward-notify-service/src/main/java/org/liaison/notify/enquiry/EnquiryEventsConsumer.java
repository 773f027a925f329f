package org.liaison.notify.enquiry;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.infrastructure.inbox.IncomingEvent;
import org.liaison.infrastructure.inbox.ProcessedEvents;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.NotificationQueue;

/**
 * Turns enquiry-service's events into email through the hub. ENQ-6: the councillor is acknowledged at once
 * with the reference, the officer and the due date; ENQ-7: a holding reply reaches the councillor with its
 * reason and new date. One email per (event, recipient), whatever the redelivery.
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
        } else {
            LOG.debugf("No email for %s", event);
        }
    }
}
