package org.liaison.media.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.media.rules.RuleReport;

/** A media release on its way from draft to issue (SPEC §4), with what the rules found. */
@Entity
@Table(name = "media_release")
public class MediaRelease extends PanacheEntityBase {

    public enum Status {
        DRAFT, IN_REVIEW, APPROVED, ISSUED, DISPUTED, REJECTED, WITHDRAWN;

        static final Set<Status> OPEN = Set.of(DRAFT, IN_REVIEW, APPROVED);

        public boolean open() {
            return OPEN.contains(this);
        }
    }

    /** MR-10: releases are council business. */
    public enum Purpose { COUNCIL_BUSINESS, COUNCILLOR_PERSONAL, PARTY_POLITICAL }

    public enum PersonType { COUNCILLOR, OFFICER, EXTERNAL }

    public enum Timing { BEFORE, AFTER }

    /** A quotation; {@code factualAttested}: an officer's quote is attested factual or consistent with policy (MR-4). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quote(PersonType speakerType, String speakerId, String name, String text, boolean factualAttested) {
    }

    /** Contact details given in the release (MR-2). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(PersonType personType, String personId, String text) {
    }

    /** The meeting a release is issued before or after (MR-5, MR-6). */
    public record Meeting(String title, LocalDate date, Timing timing, List<String> discussedItems) {
        public Meeting {
            discussedItems = discussedItems == null ? List.of() : List.copyOf(discussedItems);
        }
    }

    @Id
    public UUID id;

    public String title;

    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Quote> quotes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Meeting meeting;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ward_codes")
    public List<String> wardCodes = new ArrayList<>();

    public boolean controversial;

    /** About a ceremonial event: holders of the profile's ceremonial-only roles may be quoted only then (MR-1). */
    public boolean ceremonial;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    /** MR-12: someone attested that naming parties here is not designed to affect support for them. */
    @Column(name = "party_names_attested")
    public boolean partyNamesAttested;

    @Column(name = "planned_issue_at")
    public Instant plannedIssueAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Goes up by one with every change; the ETag, matched by If-Match. */
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule_report")
    public RuleReport ruleReport;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** MR-8: when ward-notify reported every councillor of the release's wards told. */
    @Column(name = "wards_told_at")
    public Instant wardsToldAt;

    @Column(name = "notify_matter_id")
    public String notifyMatterId;
}
