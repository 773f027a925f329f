package org.liaison.media.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the media rules found in a release, for the issue date they were checked against. */
public record RuleReport(Instant checkedAt, LocalDate issueDate, List<Finding> findings) {

    public enum Level { BLOCK, WARN }

    /** One rule broken ({@code BLOCK}) or not yet satisfied ({@code WARN}), and where. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String ruleId, Level level, String message, String field) {
    }

    public RuleReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.level() == Level.BLOCK);
    }

    public Optional<Finding> firstBlock() {
        return findings.stream().filter(f -> f.level() == Level.BLOCK).findFirst();
    }
}
