package org.liaison.media.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the media rules read besides the release itself, as plain data: the directory's councillors with their dated
 * roles, the kinds of its committees (code to CABINET, SCRUTINY, REGULATORY, STANDARDS or OTHER), the party names to
 * look for, and the pre-election periods. {@link MediaRules} loads it from the replicas; tests write it out.
 */
public record RuleSnapshot(List<Councillor> councillors, Map<String, String> committeeKinds, PartyVocabulary parties,
        List<Election> elections) {

    public RuleSnapshot {
        councillors = councillors == null ? List.of() : List.copyOf(councillors);
        committeeKinds = committeeKinds == null ? Map.of() : Map.copyOf(committeeKinds);
        parties = parties == null ? PartyVocabulary.NONE : parties;
        elections = elections == null ? List.of() : List.copyOf(elections);
    }

    /** A snapshot with no committees in it (rules that never look at a committee's kind). */
    public RuleSnapshot(List<Councillor> councillors, PartyVocabulary parties, List<Election> elections) {
        this(councillors, Map.of(), parties, elections);
    }

    /** The kind of committee {@code code} as the directory last published it, or null if it has none by that code. */
    public String committeeKind(String code) {
        return code == null ? null : committeeKinds.get(code);
    }

    /** A councillor as the directory last published them; {@code status} ACTIVE or FORMER. */
    public record Councillor(String id, String displayName, String status, String groupCode, List<Role> roles) {
        public Councillor {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        /** True if on {@code day} they hold any of {@code roleNames}. */
        public boolean holdsAnyOn(Collection<String> roleNames, LocalDate day) {
            return roles.stream().anyMatch(r -> roleNames.contains(r.role()) && r.heldOn(day));
        }

        /** The roles they hold on {@code day}. */
        public List<Role> rolesOn(LocalDate day) {
            return roles.stream().filter(r -> r.heldOn(day)).toList();
        }
    }

    /**
     * A role held from {@code from} to {@code to} inclusive ({@code to} null: open-ended, still held); a chair's or
     * vice-chair's {@code committeeCode} names their committee.
     */
    public record Role(String role, String committeeCode, LocalDate from, LocalDate to) {

        /** A role that names no committee. */
        public Role(String role, LocalDate from, LocalDate to) {
            this(role, null, from, to);
        }

        public boolean heldOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** A pre-election period, from the notice of election to polling day inclusive, for all wards or some (MR-7). */
    public record Election(String name, LocalDate noticePublishedOn, LocalDate pollingDay, boolean scopeAll,
            List<String> wardCodes) {
        public Election {
            wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(noticePublishedOn) && !day.isAfter(pollingDay);
        }

        /** An all-council election meets every release; a ward election meets releases about any of its wards. */
        public boolean meets(Collection<String> releaseWards) {
            return scopeAll || releaseWards.stream().anyMatch(wardCodes::contains);
        }
    }

    /** The councillor with directory id {@code id}, or null. */
    public Councillor councillor(String id) {
        if (id == null) {
            return null;
        }
        return councillors.stream().filter(c -> id.equals(c.id())).findFirst().orElse(null);
    }
}
