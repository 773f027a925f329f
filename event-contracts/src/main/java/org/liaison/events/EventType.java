package org.liaison.events;

/**
 * CloudEvents {@code ce_type} values: {@code liaison.<service>.<event>.v<version>}. A breaking change
 * to a payload gets a new version, published alongside the old one until every consumer has moved.
 */
public final class EventType {
    public static final String WARD_STATE = "liaison.directory.ward.v1";
    public static final String COUNCILLOR_STATE = "liaison.directory.councillor.v1";
    public static final String OFFICER_STATE = "liaison.directory.officer.v1";
    public static final String SERVICE_AREA_STATE = "liaison.directory.service-area.v1";
    public static final String GROUP_STATE = "liaison.directory.group.v1";
    public static final String CONFLICT_STATE = "liaison.directory.conflict.v1";
    public static final String COMMITTEE_STATE = "liaison.directory.committee.v1";
    /** enquiry-service's imported bank holidays and closure days, full state (NonWorkingDaysRecord). */
    public static final String NON_WORKING_DAYS_STATE = "liaison.enquiry.non-working-days.v1";
    /** The record was deleted; the value is a Kafka tombstone (null). */
    public static final String COUNCILLOR_DELETED = "liaison.directory.councillor-deleted.v1";
    /** The committee was removed; the value is a Kafka tombstone (null). */
    public static final String COMMITTEE_DELETED = "liaison.directory.committee-deleted.v1";

    private EventType() {
    }

    /** {@code liaison.directory.ward.v1} is built from service "directory", event "ward", version 1. */
    public static String of(String service, String event, int version) {
        return "liaison." + service + "." + event + ".v" + version;
    }
}
