package org.liaison.events.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Full current state of a councillor on {@code directory.councillors}, keyed by {@code id}.
 * Personal phone numbers are deliberately absent: they are visible only inside directory-service.
 */
public record CouncillorRecord(
        String id,
        String displayName,
        String email,
        String groupCode,
        List<String> wardCodes,
        List<CouncillorRoleRecord> roles,
        LocalDate termStart,
        LocalDate termEnd,
        String preferredContact,
        String status) {

    public CouncillorRecord {
        wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A role held on a date: {@code from} inclusive, {@code to} inclusive or open-ended when null. */
    public record CouncillorRoleRecord(String role, String committeeCode, String portfolio, LocalDate from, LocalDate to) {
    }
}
