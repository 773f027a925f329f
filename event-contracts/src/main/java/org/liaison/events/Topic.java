package org.liaison.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every Kafka topic of the suite. Directory topics and the calendar's non-working days are compacted (full current state per key,
 * tombstone on delete); the others carry domain events. Each consuming channel has a dead-letter
 * topic named {@code <topic>.dlq}.
 */
public enum Topic {
    DIRECTORY_WARDS("directory.wards", true),
    DIRECTORY_COUNCILLORS("directory.councillors", true),
    DIRECTORY_OFFICERS("directory.officers", true),
    DIRECTORY_SERVICE_AREAS("directory.service-areas", true),
    DIRECTORY_GROUPS("directory.groups", true),
    DIRECTORY_CONFLICTS("directory.conflicts", true),
    /** Committees and their kinds (CommitteeRecord), keyed by code: whose chairs may be quoted (MR-1, MR-2). */
    DIRECTORY_COMMITTEES("directory.committees", true),
    /** enquiry-service's imported bank holidays and closure days, one record (NonWorkingDaysRecord). */
    CALENDAR_NON_WORKING_DAYS("calendar.non-working-days", true),
    ENQUIRY_EVENTS("enquiry.events", false),
    MEDIA_EVENTS("media.events", false),
    NOTIFY_DELIVERIES("notify.deliveries", false);

    private final String topicName;
    private final boolean compacted;

    Topic(String topicName, boolean compacted) {
        this.topicName = topicName;
        this.compacted = compacted;
    }

    public String topicName() {
        return topicName;
    }

    public boolean compacted() {
        return compacted;
    }

    public String deadLetterTopicName() {
        return topicName + ".dlq";
    }

    public static Optional<Topic> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(name)).findFirst();
    }
}
