package org.liaison.profile;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting a council profile holds, with what values it takes, which configuration properties it feeds and
 * whether Liaison honours it today. docs/council-profiles.md explains each for a democratic services officer.
 */
public final class ProfileSchema {

    /** The directory's councillor roles (SPEC §1). */
    public static final List<String> COUNCILLOR_ROLES = List.of("LEADER", "DEPUTY_LEADER", "CABINET_MEMBER",
            "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "MAYOR", "DEPUTY_MAYOR", "SHERIFF", "GROUP_LEADER",
            "OPPOSITION_SPOKESPERSON");
    /** The directory's committee kinds (SPEC §1). */
    public static final List<String> COMMITTEE_KINDS = List.of("CABINET", "SCRUTINY", "REGULATORY", "STANDARDS", "OTHER");
    /** The directory's officer seniorities, highest first (SPEC §1). */
    public static final List<String> SENIORITIES = List.of("CHIEF_EXECUTIVE", "DIRECTOR", "ASSISTANT_DIRECTOR",
            "HEAD_OF_SERVICE", "SERVICE_MANAGER", "TEAM_LEADER", "OFFICER");
    /** Who a protocol names as deciding or being told: offices, bodies and relations the seeds use. */
    public static final List<String> DECIDERS_AND_READERS = List.of("CHIEF_EXECUTIVE", "HEAD_OF_PAID_SERVICE",
            "MONITORING_OFFICER", "DIRECTOR", "HEAD_OF_SERVICE", "LINE_MANAGER", "ANY_OFFICER", "STANDARDS_COMMITTEE",
            "GROUP_LEADER", "GROUP_LEADERS", "LEADER");
    /** The deciders of a disputed release that one caller role of the suite acts for (media-service's DisputeDecider). */
    static final List<String> RELEASE_DECIDER_ROLES = List.of("CHIEF_EXECUTIVE", "HEAD_OF_PAID_SERVICE", "MONITORING_OFFICER");
    public static final List<String> NATIONS = List.of("ENGLAND_AND_WALES", "SCOTLAND", "NORTHERN_IRELAND");

    /** What a value may be. */
    public enum Type {
        TEXT, INTEGER, BOOLEAN, ONE_OF, LIST_OF, TIME, ZONE, DURATION
    }

    /**
     * One setting's definition.
     *
     * @param notEnforcedBecause for a value, why the code does not honour it yet (empty: it does)
     */
    public record Definition(String key, String point, List<String> rules, Type type, List<String> allowed, String allowedName,
            int min, int max, List<String> configProperties, String enforcedBy,
            Function<Object, Optional<String>> notEnforcedBecause, String description) {

        /** The value of {@code raw} for this setting, or why it is not one. */
        Object parse(Object raw) {
            return switch (type) {
                case LIST_OF -> {
                    if (!(raw instanceof List<?> items)) {
                        throw new IllegalArgumentException("must be a list such as [" + allowed.get(0) + ", " + allowed.get(1) + "]");
                    }
                    List<String> values = new ArrayList<>();
                    for (Object item : items) {
                        String value = oneOf(item);
                        if (values.contains(value)) {
                            throw new IllegalArgumentException(value + " is listed twice");
                        }
                        values.add(value);
                    }
                    yield List.copyOf(values);
                }
                case ONE_OF -> oneOf(scalar(raw));
                case TEXT -> scalar(raw);
                case INTEGER -> {
                    String text = scalar(raw);
                    int value;
                    try {
                        value = Integer.parseInt(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + text + "' is not a whole number");
                    }
                    if (value < min || value > max) {
                        throw new IllegalArgumentException(value + " is not between " + min + " and " + max);
                    }
                    yield value;
                }
                case BOOLEAN -> {
                    String text = scalar(raw);
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("'" + text + "' is neither true nor false");
                    }
                    yield Boolean.valueOf(text);
                }
                case TIME -> {
                    String text = scalar(raw);
                    try {
                        yield LocalTime.parse(text).toString();
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("'" + text + "' is not a time such as 17:00");
                    }
                }
                case ZONE -> {
                    String text = scalar(raw);
                    try {
                        yield ZoneId.of(text).getId();
                    } catch (DateTimeException e) {
                        throw new IllegalArgumentException("'" + text + "' is not a time zone such as Europe/London");
                    }
                }
                case DURATION -> {
                    String text = scalar(raw);
                    Duration duration;
                    try {
                        duration = Duration.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration such as PT24H");
                    }
                    if (duration.isNegative()) {
                        throw new IllegalArgumentException("'" + text + "' is a negative duration; give one such as PT24H or P730D");
                    }
                    yield text;
                }
            };
        }

        private String oneOf(Object raw) {
            String value = scalar(raw);
            if (!allowed.contains(value)) {
                throw new IllegalArgumentException("'" + value + "' is not " + allowedName + "; use one of "
                        + String.join(", ", allowed));
            }
            return value;
        }

        private static String scalar(Object raw) {
            if (!(raw instanceof String text)) {
                throw new IllegalArgumentException("must be a single value, not a list or a group of settings");
            }
            return text.strip();
        }
    }

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    private static final Function<Object, Optional<String>> ALWAYS = value -> Optional.empty();

    private static final String RELATIONSHIP_READERS = "directory-service: GET /relationships shows a relationship to "
            + "those either of its two people tells (GROUP_LEADER: the councillor's group leader; GROUP_LEADERS: every group "
            + "leader; LEADER: the council's leader; HEAD_OF_SERVICE, DIRECTOR: of a service area the officer works in; "
            + "LINE_MANAGER: the officer's; CHIEF_EXECUTIVE, MONITORING_OFFICER, HEAD_OF_PAID_SERVICE: that officer; "
            + "ANY_OFFICER: every officer), besides the monitoring officer and the chief executive, who keep the register";

    private static final Function<Object, Optional<String>> RELATIONSHIP_READERS_NOT_ENFORCED = value ->
            ((List<?>) value).contains("STANDARDS_COMMITTEE") ? Optional.of("the Standards Committee is not a user of "
                    + "Liaison: the monitoring officer reads the register for it") : Optional.empty();

    private static Function<Object, Optional<String>> never(String why) {
        return value -> Optional.of(why);
    }

    static {
        text("profile.name", "The profile's name: the file's name without .yaml.");
        text("profile.council", "The council the profile describes, in words.");
        text("profile.based-on", "The protocol text the values come from (a seed file, or Liaison's own defaults).");

        // P1
        integer("enquiries.response.working-days", "P1", List.of("ENQ-1", "ENQ-3"), 1, 60, List.of("liaison.sla.working-days"),
                "enquiry-service: every new enquiry's due date, and GET /calendar/due when no workingDays is given",
                ALWAYS, "Working days an officer has to answer a councillor's enquiry.");
        oneOf("enquiries.response.standard", "P1", List.of("ENQ-1"), List.of("WORKING_DAYS", "PROMPT_WITH_EXPLANATION",
                "CORPORATE_STANDARDS"), "a response standard", List.of("liaison.sla.response-standard"),
                "enquiry-service: LateReply decides what a reply after the due date must carry (WORKING_DAYS: nothing, "
                        + "it is counted late; PROMPT_WITH_EXPLANATION: a lateExplanation, a holding reply "
                        + "notwithstanding; CORPORATE_STANDARDS: a lateExplanation unless a holding reply kept the "
                        + "councillor informed); the explanation is stored, shown with the reply and emailed with it",
                ALWAYS,
                "How the protocol states the response time: a number of working days, 'promptly, with an explanation "
                        + "when not', or the council's corporate standards (the working days above are then that "
                        + "standard).");
        // P2
        oneOf("enquiries.direct-approach.lowest-seniority", "P2", List.of("ENQ-5"), SENIORITIES, "an officer seniority",
                List.of("liaison.enquiry.direct-approach.lowest-seniority"),
                "enquiry-service: NamedOfficerRule refuses an enquiry naming an officer below this seniority", ALWAYS,
                "The lowest officer a councillor may name on an enquiry (ENQ-5).");
        list("enquiries.direct-approach.exceptions", "P2", List.of("ENQ-5"), List.of("OFFICER_HANDLES_AN_OPEN_ENQUIRY",
                "ROUTINE_SERVICE_QUERY"), "an exception to ENQ-5", List.of("liaison.enquiry.direct-approach.exceptions"),
                "enquiry-service: NamedOfficerRule lets a junior officer be named when they already handle an open "
                        + "enquiry of the councillor, if OFFICER_HANDLES_AN_OPEN_ENQUIRY is listed, and on an enquiry "
                        + "the councillor marks as a routine service query (significance ROUTINE_SERVICE_QUERY), if "
                        + "ROUTINE_SERVICE_QUERY is listed",
                ALWAYS, "When a councillor may name an officer below the lowest seniority anyway.");
        oneOf("enquiries.direct-approach.applies-to", "P2", List.of("ENQ-5"), List.of("EVERY_ENQUIRY",
                "STRATEGIC_OR_SIGNIFICANT_ISSUES"), "a scope of ENQ-5", List.of("liaison.enquiry.direct-approach.applies-to"),
                "enquiry-service: NamedOfficerRule applies the lowest seniority to every enquiry, or under "
                        + "STRATEGIC_OR_SIGNIFICANT_ISSUES only to one the councillor marks as strategic or significant "
                        + "(significance STRATEGIC_OR_SIGNIFICANT)",
                ALWAYS, "Which enquiries the seniority rule is about.");
        // P3
        list("media.quotable-roles", "P3", List.of("MR-1", "MR-2"), COUNCILLOR_ROLES, "a councillor role",
                List.of("liaison.media.quotable-roles"), "media-service: QuotableRoles (MR-1 quotes, MR-2 contact details)",
                ALWAYS, "The roles whose holders, on the issue date, may be quoted in a release or given as its contact.");
        list("media.quotable-committee-chairs", "P3", List.of("MR-1", "MR-2"), COMMITTEE_KINDS, "a committee kind",
                List.of("liaison.media.quotable-committee-chairs"),
                "media-service: QuotableRoles counts a COMMITTEE_CHAIR only as chair of a committee of a listed kind, "
                        + "as directory-service publishes committees on directory.committees",
                ALWAYS, "Which committees' chairs COMMITTEE_CHAIR covers.");
        list("media.ceremonial-only-roles", "P3", List.of("MR-1", "MR-2"), COUNCILLOR_ROLES, "a councillor role",
                List.of("liaison.media.ceremonial-only-roles"),
                "media-service: QuotableRoles quotes a holder of only these roles on a release marked ceremonial only",
                ALWAYS, "Roles that may be quoted only about ceremonial events.");
        // P4
        bool("media.no-party-affiliation-in-quotes", "P4", List.of("MR-3"),
                List.of("liaison.media.no-party-affiliation-in-quotes"),
                "media-service: MR-3 (QuotedMemberAffiliation) runs only when true",
                "Whether a quoted member's party may never be indicated (MR-3).");
        // P5
        bool("media.meeting-timing-rules", "P5", List.of("MR-5", "MR-6"), List.of("liaison.media.meeting-timing-rules"),
                "media-service: MR-5 and MR-6 (MeetingTiming) run only when true",
                "Whether a release before a meeting is factual only and one after it is about the items discussed.");
        // P6
        oneOf("media.pre-election.scope", "P6", List.of("MR-7"), List.of("ELECTION_WARDS", "COUNCIL_AREA"),
                "a pre-election scope", List.of("liaison.media.pre-election-scope"),
                "media-service: PreElectionPeriod applies an election to the releases about its wards, or with "
                        + "COUNCIL_AREA to every release once any election in the council is in its period",
                ALWAYS, "Which releases an election's pre-election period covers: those about the election's wards, or "
                        + "every release once any election in the council's area is called.");
        oneOf("media.release-dispute-decider", "P7", List.of("MR-9"), DECIDERS_AND_READERS, "a decider",
                List.of("liaison.media.release-dispute-decider"),
                "media-service: only the caller role acting for the decider may decide a disputed release "
                        + "(CHIEF_EXECUTIVE and HEAD_OF_PAID_SERVICE: chief-executive; MONITORING_OFFICER: monitoring-officer)",
                value -> RELEASE_DECIDER_ROLES.contains(value) ? Optional.empty() : Optional.of("no one caller role "
                        + "of Liaison acts for " + value + " (a body, several people, or an office the suite's roles do "
                        + "not tell apart), so the chief executive decides a disputed release"),
                "Who settles a disagreement about a release's content (MR-9).");
        text("media.release-lead-time", "", List.of("MR-8"), Type.DURATION, List.of("liaison.media.lead-time"),
                "media-service: MR-8 at issue", "How long after every ward councillor was told a release may be issued.");
        // P8
        oneOf("enquiries.information-requests.dispute-decider", "P8", List.of("ENQ-11", "INF-4"), DECIDERS_AND_READERS,
                "a decider", List.of("liaison.enquiry.information-requests.dispute-decider"),
                "enquiry-service: a disputed decline goes to this decider, who alone may decide it (HEAD_OF_PAID_SERVICE: "
                        + "the officer with that statutory role, or the chief executive when none has it; MONITORING_OFFICER: "
                        + "the officer with that statutory role; STANDARDS_COMMITTEE: the monitoring officer records the "
                        + "committee's decision; DIRECTOR, HEAD_OF_SERVICE: the service area's; LINE_MANAGER: the declining "
                        + "officer's)",
                value -> List.of("ANY_OFFICER", "GROUP_LEADER", "GROUP_LEADERS", "LEADER").contains(value)
                        ? Optional.of("a disputed decline cannot be sent to " + value + " (councillors decide nothing in "
                                + "Liaison, and 'any officer' is nobody in particular): the chief executive decides it")
                        : Optional.empty(),
                "Who settles a disputed information request.");
        list("enquiries.information-requests.consulted-first", "P8", List.of("ENQ-11", "INF-3"), DECIDERS_AND_READERS,
                "someone to consult", List.of("liaison.enquiry.information-requests.consulted-first"),
                "enquiry-service: a decline and a dispute decision must say (consulted, consultation) that each of these "
                        + "was consulted and what they advised; Liaison records that statement, it does not contact them",
                ALWAYS, "Who must be consulted before a request is refused or decided.");
        oneOf("enquiries.information-requests.resources-judged-by", "P8", List.of("ENQ-11"), DECIDERS_AND_READERS,
                "someone who judges", List.of("liaison.enquiry.information-requests.resources-judged-by"),
                "enquiry-service: only this officer may decline a request as an UNREASONABLE_RESOURCES use (DIRECTOR: a "
                        + "director or assistant director; HEAD_OF_SERVICE: a head of service or above; LINE_MANAGER: someone "
                        + "above the request's officer in line management; HEAD_OF_PAID_SERVICE, MONITORING_OFFICER: the "
                        + "officer with that statutory role), who must also be able to handle the request",
                value -> List.of("STANDARDS_COMMITTEE", "GROUP_LEADER", "GROUP_LEADERS", "LEADER").contains(value)
                        ? Optional.of("councillors and committees do not decline requests in Liaison: any officer who "
                                + "handles the request may judge its cost")
                        : Optional.empty(),
                "Who judges that a request is an unreasonable use of resources.");
        // P9
        list("relationships.councillor-tells", "P9", List.of("DIR-5"), DECIDERS_AND_READERS, "a reader",
                List.of("liaison.relationships.councillor-tells"), RELATIONSHIP_READERS, RELATIONSHIP_READERS_NOT_ENFORCED,
                "Who a councillor tells of a close personal, family or business relationship with an officer.");
        list("relationships.officer-tells", "P9", List.of("DIR-5"), DECIDERS_AND_READERS, "a reader",
                List.of("liaison.relationships.officer-tells"), RELATIONSHIP_READERS, RELATIONSHIP_READERS_NOT_ENFORCED,
                "Who an officer tells of such a relationship.");
        // P10
        oneOf("enquiries.copies.single-constituent-casework", "P10", List.of("ENQ-10"), List.of("NOT_WITHOUT_MEMBERS_CONSENT",
                "NOT_NORMALLY", "ALLOWED"), "a copy policy", List.of("liaison.enquiry.copies.single-constituent-casework"),
                "enquiry-service: CopyRules (NOT_WITHOUT_MEMBERS_CONSENT: only to the councillors the member consented to "
                        + "themselves, POST /enquiries/{id}/copy-consent; NOT_NORMALLY: the officer does not copy casework; "
                        + "ALLOWED: to any councillor)", ALWAYS,
                "Whether a reply about a single constituent's casework may be copied to other members.");
        oneOf("enquiries.copies.ward-interest", "P10", List.of("ENQ-10"), List.of("MAY_GO_TO_THE_WARD_COUNCILLORS",
                "SHOULD_GO_TO_THE_WARD_COUNCILLORS", "MAY_GO_TO_THE_AREAS_COUNCILLORS_UNLESS_THE_MEMBER_OPTS_OUT",
                "NOT_NORMALLY"), "a copy policy", List.of("liaison.enquiry.copies.ward-interest"),
                "enquiry-service: CopyRules (MAY_GO_TO_THE_WARD_COUNCILLORS: only to the councillors of the enquiry's "
                        + "ward; SHOULD_GO_TO_THE_WARD_COUNCILLORS: the same, and a ward issue's reply goes to all of them; "
                        + "MAY_GO_TO_THE_AREAS_COUNCILLORS_UNLESS_THE_MEMBER_OPTS_OUT: the ward's councillors, any councillor "
                        + "when the enquiry names no ward, never when doNotCopy; NOT_NORMALLY: the officer does not copy)",
                ALWAYS, "Where a reply of general or ward interest may be copied.");
        bool("enquiries.copies.member-told-of-copies", "P10", List.of("ENQ-10"), List.of(),
                "enquiry-service: the reply names everyone it was copied to",
                "Whether the original member is told, in the reply, who else it was copied to.",
                value -> Boolean.TRUE.equals(value) ? Optional.empty() : Optional.of("the reply always tells the member "
                        + "who it was copied to: a copy they were not told of would be a blind copy, which ENQ-10 refuses"));
        // P11
        integer("notices.public-meeting.minimum-working-days", "P11", List.of("NTF-1"), 0, 60,
                List.of("liaison.notice.minimum-working-days"),
                "ward-notify-service: MeetingNotice flags notice shorter than this as shortNotice", ALWAYS,
                "Clear working days of notice of a public meeting below which the notice is flagged short.");
        // P12
        oneOf("notices.consultation.ward-councillors", "P12", List.of("NTF-2"), List.of("TOLD_AT_THE_OUTSET",
                "CONSULTED_AT_THE_START", "INFORMED_OR_INVOLVED"), "a consultation policy",
                List.of("liaison.notice.consultation-ward-councillors"),
                "ward-notify-service: WardCouncillorsConsulted — told no later than the opening; CONSULTED_AT_THE_START "
                        + "consults them on every consultation (the email asks for their views, recorded with it), "
                        + "INFORMED_OR_INVOLVED makes the registering officer say which, TOLD_AT_THE_OUTSET tells them "
                        + "unless the officer asks for their views", ALWAYS,
                "Whether ward councillors are told of a consultation or consulted on it.");
        // P13
        integer("enquiries.holding-reply.max-extra-working-days", "P13", List.of("ENQ-7"), 1, 120,
                List.of("liaison.enquiry.holding-reply.max-extra-working-days"),
                "enquiry-service: HoldingReplyDeadline refuses a new target date further than this after the old due date",
                ALWAYS, "How far past the old due date a holding reply may put the new target date.");
        integer("enquiries.chasing.reminder-working-days-before-due", "P13", List.of("ENQ-8"), 1, 20,
                List.of("liaison.chase.reminder-working-days-before-due"), "enquiry-service: ChaseLadder", ALWAYS,
                "Working days before due that the officer is reminded (office-hours start of that day).");
        integer("enquiries.chasing.head-of-service-working-days-after-due", "P13", List.of("ENQ-8"), 1, 60,
                List.of("liaison.chase.head-of-service-working-days-after-due"), "enquiry-service: ChaseLadder", ALWAYS,
                "Working days after due that an unanswered enquiry goes to the head of service.");
        integer("enquiries.chasing.director-working-days-after-due", "P13", List.of("ENQ-8"), 1, 60,
                List.of("liaison.chase.director-working-days-after-due"), "enquiry-service: ChaseLadder", ALWAYS,
                "Working days after due that an unanswered enquiry goes to the director.");
        // P14
        oneOf("calendar.nation", "P14", List.of("ENQ-2"), NATIONS, "a nation", List.of("liaison.council.nation"),
                "every service's liaison.council: the bank holidays of the SLA clock, chasing and notice counting", ALWAYS,
                "Whose bank holidays are not working days.");
        text("calendar.zone", "P14", List.of("ENQ-3"), Type.ZONE, List.of("liaison.council.zone"),
                "every service's liaison.council", "The council's time zone.");
        text("calendar.office-hours-start", "P14", List.of("ENQ-8", "ENQ-9"), Type.TIME,
                List.of("liaison.council.office-hours-start"), "every service's liaison.council",
                "When the council's working day starts (the due-soon reminder's time).");
        text("calendar.close-of-business", "P14", List.of("ENQ-3"), Type.TIME, List.of("liaison.council.close-of-business"),
                "every service's liaison.council: SLA due times, escalations, compliance deadlines",
                "When the council's working day ends: an enquiry received later starts the next working day.");

        // Casework retention (UK GDPR storage limitation; no seed states a period)
        text("casework.answered-body-retention", "", List.of(), Type.DURATION,
                List.of("liaison.casework.answered-body-retention"),
                "enquiry-service: BodyErasure erases the enquiry's and the reply's text this long after an enquiry was "
                        + "answered, withdrawn or finally declined (AnsweredBodyRetention), keeping its dates and SLA figures",
                "How long the text of an enquiry and of its reply is kept once the enquiry is closed (an ISO-8601 "
                        + "duration, e.g. P730D).");
    }

    private ProfileSchema() {
    }

    /** Every setting, in the order docs/council-profiles.md and GET /council-profile show them. */
    public static List<Definition> definitions() {
        return List.copyOf(DEFINITIONS.values());
    }

    public static Optional<Definition> find(String key) {
        return Optional.ofNullable(DEFINITIONS.get(key));
    }

    public static Definition definition(String key) {
        return find(key).orElseThrow(() -> new NoSuchElementException("no council profile setting " + key));
    }

    private static void put(Definition definition) {
        DEFINITIONS.put(definition.key(), definition);
    }

    private static void text(String key, String description) {
        put(new Definition(key, "", List.of(), Type.TEXT, List.of(), "", 0, 0, List.of(), "shown", ALWAYS, description));
    }

    private static void text(String key, String point, List<String> rules, Type type, List<String> properties,
            String enforcedBy, String description) {
        put(new Definition(key, point, rules, type, List.of(), "", 0, 0, properties, enforcedBy, ALWAYS, description));
    }

    private static void integer(String key, String point, List<String> rules, int min, int max, List<String> properties,
            String enforcedBy, Function<Object, Optional<String>> notEnforced, String description) {
        put(new Definition(key, point, rules, Type.INTEGER, List.of(), "", min, max, properties, enforcedBy, notEnforced,
                description));
    }

    private static void bool(String key, String point, List<String> rules, List<String> properties, String enforcedBy,
            String description) {
        put(new Definition(key, point, rules, Type.BOOLEAN, List.of(), "", 0, 0, properties, enforcedBy, ALWAYS, description));
    }

    private static void bool(String key, String point, List<String> rules, List<String> properties, String enforcedBy,
            String description, Function<Object, Optional<String>> notEnforced) {
        put(new Definition(key, point, rules, Type.BOOLEAN, List.of(), "", 0, 0, properties, enforcedBy, notEnforced,
                description));
    }

    private static void oneOf(String key, String point, List<String> rules, List<String> allowed, String allowedName,
            List<String> properties, String enforcedBy, Function<Object, Optional<String>> notEnforced, String description) {
        put(new Definition(key, point, rules, Type.ONE_OF, allowed, allowedName, 0, 0, properties, enforcedBy, notEnforced,
                description));
    }

    private static void list(String key, String point, List<String> rules, List<String> allowed, String allowedName,
            List<String> properties, String enforcedBy, Function<Object, Optional<String>> notEnforced, String description) {
        put(new Definition(key, point, rules, Type.LIST_OF, allowed, allowedName, 0, 0, properties, enforcedBy, notEnforced,
                description));
    }
}
