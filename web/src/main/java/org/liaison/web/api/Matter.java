package org.liaison.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A ward matter as ward-notify-service shows it: a public meeting, consultation, press release, significant issue,
 * agenda item, executive decision, site visit, ceremonial event or parish correspondence, with the rule that says its
 * ward councillors are told (NTF-1 to NTF-9) and where the telling stands.
 */
public record Matter(String id, String kind, String ruleId, String title, String description, String location,
        Instant startsAt, Instant endsAt, List<String> wardCodes, String link, String status, Instant registeredAt,
        Integer noticeWorkingDays, Boolean shortNotice, Integer minimumNoticeWorkingDays, Boolean late) {

    public Matter {
        wardCodes = wardCodes == null ? List.of() : wardCodes;
    }

    /** {@code POST /matters}: members' services' registration, as typed (ward-notify validates each kind's needs). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registration(String kind, String title, String description, String location, OffsetDateTime startsAt,
            OffsetDateTime endsAt, List<String> wardCodes, String link, String visitBy, Boolean courtesyVisit,
            String parishCouncil, String withheldReason, String sourceReference, Boolean consultWardCouncillors) {
    }

    /** {@code GET /matters/{id}/compliance}: for each councillor concerned, when they had to be told and when they were. */
    public record Evidence(String matterId, String kind, String ruleId, String title, String status, Instant registeredAt,
            Instant deadline, String notRequiredBecause, Map<String, Integer> summary, List<Told> councillors) {
        public Evidence {
            councillors = councillors == null ? List.of() : councillors;
            summary = summary == null ? Map.of() : summary;
        }
    }

    /** {@code outcome}: ON_TIME, LATE, MISSING, PENDING or BOUNCED. */
    public record Told(String councillorId, String displayName, Instant concernedSince, String why, Instant deadline,
            Instant toldAt, String how, String outcome) {
    }
}
