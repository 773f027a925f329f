package org.liaison.infrastructure.auth;

/**
 * The roles a bearer token carries in its {@code groups} claim. The token's subject is the person's
 * directory id.
 */
public final class Roles {
    public static final String COUNCILLOR = "councillor";
    public static final String OFFICER = "officer";
    public static final String MEMBERS_SERVICES = "members-services";
    public static final String COMMS = "comms";
    public static final String CHIEF_EXECUTIVE = "chief-executive";
    public static final String MONITORING_OFFICER = "monitoring-officer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
