package org.liaison.directory.person;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.liaison.infrastructure.auth.Roles;

/** Personal phone numbers are visible only to members' services, admins and the person themself. */
public final class PersonalDetails {

    private PersonalDetails() {
    }

    public static boolean mayRead(SecurityIdentity reader, UUID personId) {
        return reader.hasRole(Roles.MEMBERS_SERVICES) || reader.hasRole(Roles.ADMIN)
                || personId.toString().equals(reader.getPrincipal().getName());
    }
}
