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
}
