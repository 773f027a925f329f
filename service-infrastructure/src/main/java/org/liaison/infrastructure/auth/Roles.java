package org.liaison.infrastructure.auth;

import java.util.List;

/**
 * Liaison's seven roles. A token carries them in its role claim ({@code groups} unless configured otherwise), either by
 * these names or by the council's own group names mapped to them (quarkus.http.auth.roles-mapping, docs/identity.md).
 */
public final class Roles {
    public static final String COUNCILLOR = "councillor";
    public static final String OFFICER = "officer";
    public static final String MEMBERS_SERVICES = "members-services";
    public static final String COMMS = "comms";
    public static final String CHIEF_EXECUTIVE = "chief-executive";
    public static final String MONITORING_OFFICER = "monitoring-officer";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(COUNCILLOR, OFFICER, MEMBERS_SERVICES, COMMS, CHIEF_EXECUTIVE,
            MONITORING_OFFICER, ADMIN);

    private Roles() {
    }
}
