package org.liaison.web.api;

import java.util.List;

/** {@code GET /me}: whom a service takes the signed-in person to be (their directory id) and their Liaison roles. */
public record Caller(String id, List<String> roles) {

    public Caller {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isCouncillor() {
        return is("councillor");
    }

    public boolean isOfficer() {
        return is("officer");
    }

    public boolean isComms() {
        return is("comms");
    }

    public boolean isChiefExecutive() {
        return is("chief-executive");
    }

    public boolean isMembersServices() {
        return is("members-services");
    }

    /** Those directory-service shows the register of declared relationships to (DIR-5). */
    public boolean readsRelationships() {
        return is("monitoring-officer") || isChiefExecutive();
    }

    /** Those ward-notify-service lets register ward matters (members' services and admin). */
    public boolean registersMatters() {
        return isMembersServices() || is("admin");
    }

    /** Those enquiry-service gives the SLA report (ENQ-12) to. */
    public boolean readsSlaReport() {
        return isMembersServices() || isChiefExecutive() || is("admin");
    }

    /** Those media-service shows releases to (the comms team drafts them; the others follow and may dispute them). */
    public boolean readsReleases() {
        return isComms() || isChiefExecutive() || isMembersServices();
    }

    /** MR-7: members' services keep the pre-election periods; comms and the chief executive follow them. */
    public boolean keepsElections() {
        return isMembersServices();
    }

    public boolean readsElections() {
        return isMembersServices() || isComms() || isChiefExecutive();
    }

    /** Those ward-notify-service shows undelivered email to and lets send it again (HUB-2). */
    public boolean resendsEmail() {
        return isMembersServices() || is("admin");
    }

    /** Those directory-service lets import CSV files (DIR-7; officers and service areas admins only, as it decides). */
    public boolean importsDirectory() {
        return isMembersServices() || is("admin");
    }

    /** Those enquiry-service lets keep the closure days (ENQ-2); only admins import bank holidays. */
    public boolean keepsClosureDays() {
        return isMembersServices() || is("admin");
    }

    public boolean importsBankHolidays() {
        return is("admin");
    }
}
