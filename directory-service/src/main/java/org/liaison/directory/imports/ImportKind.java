package org.liaison.directory.imports;

import java.util.Arrays;
import java.util.List;
import org.liaison.infrastructure.problem.ProblemException;

/** What a CSV import holds, and its columns (see docs/directory.md). Import in this order. */
public enum ImportKind {
    WARDS("wards", List.of("code", "name")),
    GROUPS("groups", List.of("code", "name", "leaderEmail")),
    COMMITTEES("committees", List.of("code", "name", "kind")),
    COUNCILLORS("councillors", List.of("displayName", "email", "phone", "groupCode", "wardCodes", "roles", "termStart",
            "termEnd", "preferredContact", "status")),
    OFFICERS("officers", List.of("displayName", "email", "phone", "jobTitle", "seniority", "statutoryRoles",
            "serviceAreaCodes", "lineManagerEmail", "politicallyRestricted", "workDays", "workStart", "workEnd", "absences",
            "status")),
    SERVICE_AREAS("service-areas", List.of("code", "name", "keyContactEmail", "headOfServiceEmail", "directorEmail"));

    private final String name;
    private final List<String> columns;

    ImportKind(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return name;
    }

    /** JAX-RS uses this for {@code ?kind=service-areas}. */
    public static ImportKind fromString(String value) {
        return Arrays.stream(values()).filter(k -> k.name.equalsIgnoreCase(value) || k.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest("kind", "must be one of " + Arrays.toString(values())));
    }
}
