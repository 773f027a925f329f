package org.liaison.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A media release as media-service shows it, with the rule report of its last check; {@code ceremonial}: about a
 * ceremonial event (MR-1: the only releases quoting holders of the profile's ceremonial-only roles).
 */
public record Release(String id, int version, String status, String title, String body, List<Quote> quotes,
        Meeting meeting, List<String> wardCodes, boolean controversial, boolean ceremonial, String purpose,
        boolean partyNamesAttested, Instant plannedIssueAt, RuleReport ruleReport, String createdBy, Instant createdAt, Instant updatedAt,
        Instant wardsToldAt, Instant issuedAt) {

    public Release {
        quotes = quotes == null ? List.of() : quotes;
        wardCodes = wardCodes == null ? List.of() : wardCodes;
    }

    /** Still being written, reviewed or waiting to go out: it may be edited, withdrawn or disputed. */
    public boolean open() {
        return List.of("DRAFT", "IN_REVIEW", "APPROVED").contains(status);
    }

    /** A councillor's or an officer's words, as media-service stores them; {@code speakerType} COUNCILLOR, OFFICER or EXTERNAL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quote(String speakerType, String speakerId, String name, String text, boolean factualAttested) {
    }

    /** The meeting a release is issued before or after; {@code timing} only matters on the meeting's own day. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meeting(String title, LocalDate date, String timing, List<String> discussedItems) {
    }

    /** {@code POST/PUT /releases}: the comms team's draft, as typed (media-service validates it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(String title, String body, List<Quote> quotes, Meeting meeting, List<String> wardCodes,
            boolean controversial, boolean ceremonial, String purpose, boolean partyNamesAttested,
            OffsetDateTime plannedIssueAt) {
    }

    /** What the media rules found: BLOCK stops the next step, WARN asks for an attestation. */
    public record RuleReport(Instant checkedAt, LocalDate issueDate, List<Finding> findings) {
        public RuleReport {
            findings = findings == null ? List.of() : findings;
        }

        public boolean blocked() {
            return findings.stream().anyMatch(f -> "BLOCK".equals(f.level()));
        }
    }

    public record Finding(String ruleId, String level, String message, String field) {
    }

    /** A workflow step's reason (request changes, dispute, decide) and, for a decision, APPROVED or REJECTED. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String why, String decision) {
    }

    /** One step of the release's history. */
    public record Transition(Instant at, String actor, String role, String from, String to, String why) {
    }
}
