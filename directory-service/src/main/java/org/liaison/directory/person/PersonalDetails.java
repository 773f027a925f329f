package org.liaison.directory.person;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.liaison.directory.officer.Officer;
import org.liaison.infrastructure.auth.Roles;

/**
 * Who may read a person's details beyond their work contact (docs/access.md): personal phone numbers only members'
 * services, admins and the person themself; an officer's absences only those who route work (members' services,
 * admins, the chief executive, officers at head of service or above, who reassign enquiries) and the officer themself.
 * Councillors, the communications team, the monitoring officer and other officers see neither.
 */
public final class PersonalDetails {

    private PersonalDetails() {
    }

    public static boolean mayRead(SecurityIdentity reader, UUID personId) {
        return reader.hasRole(Roles.MEMBERS_SERVICES) || reader.hasRole(Roles.ADMIN) || isSelf(reader, personId);
    }

    /** Whether {@code reader} routes work, and so may see every officer's absences. */
    public static boolean routesWork(SecurityIdentity reader) {
        if (reader.hasRole(Roles.MEMBERS_SERVICES) || reader.hasRole(Roles.ADMIN) || reader.hasRole(Roles.CHIEF_EXECUTIVE)) {
            return true;
        }
        if (!reader.hasRole(Roles.OFFICER)) {
            return false;
        }
        Officer officer = officerNamed(reader.getPrincipal().getName());
        return officer != null && officer.active() && officer.seniority.compareTo(Officer.Seniority.HEAD_OF_SERVICE) <= 0;
    }

    public static boolean mayReadAbsences(SecurityIdentity reader, boolean readerRoutesWork, UUID officerId) {
        return readerRoutesWork || isSelf(reader, officerId);
    }

    private static boolean isSelf(SecurityIdentity reader, UUID personId) {
        return personId.toString().equals(reader.getPrincipal().getName());
    }

    private static Officer officerNamed(String id) {
        try {
            return Officer.findById(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
