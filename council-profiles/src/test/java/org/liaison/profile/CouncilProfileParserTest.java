package org.liaison.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Reading a council profile: every ready profile parses, and what Liaison would misread stops it with file and line. */
class CouncilProfileParserTest {

    static final List<String> BUNDLED = CouncilProfiles.BUNDLED;

    static String defaultText() throws IOException {
        try (InputStream in = CouncilProfileParserTest.class.getClassLoader()
                .getResourceAsStream("council-profiles/liaison-default.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the profile");
    }

    static CouncilProfileException refused(String text) {
        return assertThrows(CouncilProfileException.class, () -> CouncilProfileParser.parse("my-council.yaml",
                new StringReader(text)));
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyReadyProfileHoldsEverySettingAndEachValueCitesWhereItComesFrom(String name) throws IOException {
        CouncilProfile profile = CouncilProfiles.load(name);
        assertEquals(name, profile.name());
        assertEquals(ProfileSchema.definitions().size(), profile.settings().size());
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("council-profiles/" + name + ".yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        for (Setting setting : profile.settings()) {
            if (setting.point().isEmpty() && !setting.key().equals("media.release-lead-time")
                    && !setting.key().equals("casework.answered-body-retention")) {
                continue;
            }
            String line = lines.get(setting.line() - 1);
            assertTrue(line.contains("#") && (line.contains("§") || line.contains("Liaison default")
                    || line.contains("England and Wales")), name + " line " + setting.line() + " (" + setting.key()
                    + ") names neither a seed paragraph nor a Liaison default: " + line);
            if (!setting.enforced()) {
                assertTrue(line.contains("not yet enforced"), name + " line " + setting.line() + " (" + setting.key()
                        + ") is not enforced but its comment does not say so: " + line);
            }
        }
    }

    @Test
    void deciderValuesLiaisonCannotRepresentAreShownAsNotYetEnforced() throws IOException {
        String text = defaultText().replace("dispute-decider: CHIEF_EXECUTIVE", "dispute-decider: GROUP_LEADERS")
                .replace("resources-judged-by: ANY_OFFICER", "resources-judged-by: STANDARDS_COMMITTEE");
        CouncilProfile profile = CouncilProfileParser.parse("my-council.yaml",
                new StringReader(text));
        assertFalse(profile.setting("enquiries.information-requests.dispute-decider").enforced());
        assertFalse(profile.setting("enquiries.information-requests.resources-judged-by").enforced());
        assertTrue(profile.setting("enquiries.information-requests.consulted-first").enforced());
    }

    @Test
    void theSeedProfilesSayWhatTheirProtocolsSay() {
        assertEquals("TEAM_LEADER", CouncilProfiles.load("000").setting("enquiries.direct-approach.lowest-seniority").value());
        assertEquals("HEAD_OF_SERVICE", CouncilProfiles.load("002").setting("enquiries.direct-approach.lowest-seniority").value());
        assertEquals(List.of("LEADER", "CABINET_MEMBER", "COMMITTEE_CHAIR", "MAYOR", "DEPUTY_MAYOR"),
                CouncilProfiles.load("001").setting("media.quotable-roles").value());
        assertEquals(List.of("SCRUTINY", "REGULATORY"),
                CouncilProfiles.load("001").setting("media.quotable-committee-chairs").value());
        assertEquals("STANDARDS_COMMITTEE",
                CouncilProfiles.load("001").setting("enquiries.information-requests.dispute-decider").value());
        assertEquals(List.of("LINE_MANAGER"), CouncilProfiles.load("003").setting("relationships.officer-tells").value());
        assertEquals("Herefordshire Council", CouncilProfiles.load("004-herefordshire").council());
    }

    @Test
    void liaisonDefaultIsWhatLiaisonDidBeforeProfilesAndFeedsTheServicesSettings() {
        CouncilProfile profile = CouncilProfiles.load(null);
        assertEquals("liaison-default", profile.name());
        var properties = profile.configProperties();
        assertEquals("5", properties.get("liaison.sla.working-days"));
        assertEquals("SERVICE_MANAGER", properties.get("liaison.enquiry.direct-approach.lowest-seniority"));
        assertEquals("LEADER,CABINET_MEMBER,COMMITTEE_CHAIR,MAYOR,DEPUTY_MAYOR,SHERIFF",
                properties.get("liaison.media.quotable-roles"));
        assertEquals("10", properties.get("liaison.notice.minimum-working-days"));
        assertEquals("20", properties.get("liaison.enquiry.holding-reply.max-extra-working-days"));
        assertEquals("17:00", properties.get("liaison.council.close-of-business"));
        assertEquals("Europe/London", properties.get("liaison.council.zone"));
        assertEquals("ENGLAND_AND_WALES", properties.get("liaison.council.nation"));
        assertEquals(List.of(), profile.settings().stream().filter(s -> !s.enforced()).map(Setting::key).toList(),
                "liaison-default describes what Liaison does");
        assertEquals("CHIEF_EXECUTIVE", properties.get("liaison.enquiry.information-requests.dispute-decider"));
        assertEquals("NONE", properties.get("liaison.enquiry.information-requests.consulted-first"));
        assertEquals("NOT_WITHOUT_MEMBERS_CONSENT", properties.get("liaison.enquiry.copies.single-constituent-casework"));
        assertEquals("MONITORING_OFFICER,CHIEF_EXECUTIVE", properties.get("liaison.relationships.councillor-tells"));
    }

    @Test
    void everyReadyProfileIsEnforcedAndFeedsTheServicesSettings() {
        CouncilProfile seed003 = CouncilProfiles.load("003");
        for (String name : BUNDLED) {
            assertEquals(List.of(), CouncilProfiles.load(name).settings().stream().filter(setting -> !setting.enforced())
                    .map(Setting::key).toList(), name + ": every value a ready profile states is enforced");
        }
        for (String key : List.of("enquiries.response.standard", "enquiries.direct-approach.exceptions")) {
            assertTrue(seed003.setting(key).enforced(), key + " (P1, P2 are enforced)");
        }
        for (String seed : List.of("002", "003")) {
            assertTrue(CouncilProfiles.load(seed).setting("enquiries.response.standard").enforced(), seed + " (P1 is enforced)");
        }
        assertEquals("PROMPT_WITH_EXPLANATION", CouncilProfiles.load("002").configProperties()
                .get("liaison.sla.response-standard"));
        CouncilProfile profile = CouncilProfiles.load("001");
        for (String key : List.of("enquiries.information-requests.dispute-decider", "relationships.councillor-tells",
                "enquiries.copies.single-constituent-casework")) {
            assertTrue(profile.setting(key).enforced(), key + " (P8, P9, P10 are enforced)");
        }
        assertTrue(profile.setting("media.quotable-roles").enforced());
        assertTrue(profile.setting("notices.public-meeting.minimum-working-days").enforced());
        for (String key : List.of("media.quotable-committee-chairs", "media.ceremonial-only-roles")) {
            assertTrue(profile.setting(key).enforced(), key);
        }
        assertEquals("SCRUTINY,REGULATORY", profile.configProperties().get("liaison.media.quotable-committee-chairs"));
        assertEquals("MAYOR,DEPUTY_MAYOR", profile.configProperties().get("liaison.media.ceremonial-only-roles"));
        assertEquals("COUNCIL_AREA", CouncilProfiles.load("000").configProperties().get("liaison.media.pre-election-scope"));
        assertTrue(CouncilProfiles.load("000").setting("media.pre-election.scope").enforced());
        assertTrue(profile.setting("notices.consultation.ward-councillors").enforced(), "P12: WardCouncillorsConsulted");
        assertEquals("INFORMED_OR_INVOLVED", profile.configProperties().get("liaison.notice.consultation-ward-councillors"));
        assertEquals(List.of("liaison.sla.response-standard"),
                ProfileSchema.definition("enquiries.response.standard").configProperties());
        assertEquals("CORPORATE_STANDARDS", seed003.configProperties().get("liaison.sla.response-standard"));
        assertEquals("GROUP_LEADER,CHIEF_EXECUTIVE,MONITORING_OFFICER",
                profile.configProperties().get("liaison.relationships.councillor-tells"), "P9 is enforced (DIR-5)");
        assertEquals("STANDARDS_COMMITTEE", profile.configProperties().get("liaison.enquiry.information-requests.dispute-decider"));
    }

    @Test
    void aReleaseDisputeDeciderIsEnforcedOnlyWhereOneCallerRoleActsForIt() {
        ProfileSchema.Definition decider = ProfileSchema.definition("media.release-dispute-decider");
        for (String value : List.of("CHIEF_EXECUTIVE", "HEAD_OF_PAID_SERVICE", "MONITORING_OFFICER")) {
            assertTrue(decider.notEnforcedBecause().apply(value).isEmpty(), value);
        }
        for (String value : List.of("STANDARDS_COMMITTEE", "GROUP_LEADERS", "LEADER", "DIRECTOR", "ANY_OFFICER")) {
            assertTrue(decider.notEnforcedBecause().apply(value).orElseThrow().contains("the chief executive decides"), value);
        }
        assertEquals(List.of("liaison.media.release-dispute-decider"), decider.configProperties());
    }

    @Test
    void anUnknownRoleStopsWithTheFileAndLine() throws IOException {
        String text = defaultText().replace("DEPUTY_MAYOR, SHERIFF]", "DEPUTY_MAYOR, SHERRIF]");
        CouncilProfileException e = refused(text);
        assertEquals("Council profile my-council.yaml, line " + lineOf(text, "SHERRIF") + ": media.quotable-roles: "
                + "'SHERRIF' is not a councillor role; use one of " + String.join(", ", ProfileSchema.COUNCILLOR_ROLES),
                e.getMessage());
    }

    @Test
    void anUnknownCommitteeKindStopsWithTheFileAndLine() throws IOException {
        String text = defaultText().replace("[CABINET, SCRUTINY, REGULATORY, STANDARDS, OTHER]", "[SCRUTINY, PLANNING]");
        CouncilProfileException e = refused(text);
        assertTrue(e.getMessage().startsWith("Council profile my-council.yaml, line " + lineOf(text, "PLANNING")
                + ": media.quotable-committee-chairs: 'PLANNING' is not a committee kind"), e.getMessage());
    }

    @Test
    void anUnknownSettingStopsWithTheFileAndLine() throws IOException {
        String text = defaultText().replace("    working-days: 5 ", "    workingdays: 5 ");
        CouncilProfileException e = refused(text);
        assertTrue(e.getMessage().startsWith("Council profile my-council.yaml, line " + lineOf(text, "workingdays")
                + ": 'enquiries.response.workingdays' is not a council profile setting; settings here are "
                + "enquiries.response.working-days, enquiries.response.standard"), e.getMessage());
    }

    @Test
    void anUnknownGroupStopsWithTheFileAndLine() throws IOException {
        String text = defaultText().replace("relationships:", "relationship:");
        CouncilProfileException e = refused(text);
        assertTrue(e.getMessage().startsWith("Council profile my-council.yaml, line " + lineOf(text, "relationship:")
                + ": 'relationship' is not a council profile setting"), e.getMessage());
    }

    @Test
    void anUnknownSeniorityAndAnOutOfRangeNumberStopWithTheLine() throws IOException {
        String seniority = defaultText().replace("lowest-seniority: SERVICE_MANAGER", "lowest-seniority: MANAGER");
        assertTrue(refused(seniority).getMessage().contains("line " + lineOf(seniority, "MANAGER ")
                + ": enquiries.direct-approach.lowest-seniority: 'MANAGER' is not an officer seniority"));
        String days = defaultText().replace("minimum-working-days: 10", "minimum-working-days: ten");
        assertTrue(refused(days).getMessage().contains("line " + lineOf(days, ": ten")
                + ": notices.public-meeting.minimum-working-days: 'ten' is not a whole number"));
        String time = defaultText().replace("close-of-business: \"17:00\"", "close-of-business: 5pm");
        assertTrue(refused(time).getMessage().contains("line " + lineOf(time, "5pm")
                + ": calendar.close-of-business: '5pm' is not a time such as 17:00"));
    }

    @Test
    void theAnsweredBodyRetentionIsReadAndFeedsEnquiryService() {
        for (String name : BUNDLED) {
            Setting retention = CouncilProfiles.load(name).setting("casework.answered-body-retention");
            assertEquals("P730D", retention.value(), name + ": no seed states a retention period; Liaison's default");
            assertTrue(retention.enforced(), name);
        }
        assertEquals("P730D", CouncilProfiles.load(null).configProperties().get("liaison.casework.answered-body-retention"));
    }

    @Test
    void aRetentionThatIsNegativeOrNotADurationStopsWithTheLine() throws IOException {
        String negative = defaultText().replace("answered-body-retention: P730D", "answered-body-retention: P-1D");
        assertTrue(refused(negative).getMessage().startsWith("Council profile my-council.yaml, line "
                + lineOf(negative, "P-1D") + ": casework.answered-body-retention: 'P-1D' is a negative duration"),
                refused(negative).getMessage());
        String banana = defaultText().replace("answered-body-retention: P730D", "answered-body-retention: banana");
        assertEquals("Council profile my-council.yaml, line " + lineOf(banana, "banana")
                + ": casework.answered-body-retention: 'banana' is not an ISO-8601 duration such as PT24H",
                refused(banana).getMessage());
    }

    @Test
    void aMissingOrRepeatedSettingStops() throws IOException {
        String missing = defaultText().replaceAll("(?m)^\\s*meeting-timing-rules:.*$", "");
        assertTrue(refused(missing).getMessage().startsWith("Council profile my-council.yaml: the setting "
                + "media.meeting-timing-rules is missing"), refused(missing).getMessage());
        String twice = defaultText().replace("  meeting-timing-rules: true", "  meeting-timing-rules: true\n  meeting-timing-rules: false");
        assertTrue(refused(twice).getMessage().contains("line " + (lineOf(twice, "meeting-timing-rules: false"))), refused(twice).getMessage());
    }

    @Test
    void brokenYamlStopsWithTheLine() throws IOException {
        String text = defaultText().replace("  chasing:\n", "  chasing: [\n");
        CouncilProfileException e = refused(text);
        assertTrue(e.getMessage().startsWith("Council profile my-council.yaml, line "), e.getMessage());
        assertTrue(e.getMessage().contains("not readable as YAML"), e.getMessage());
    }

    @Test
    void aCouncilsOwnFileIsReadFromItsPathAndAnUnknownNameIsRefused(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("aldermoor.yaml");
        Files.writeString(own, defaultText().replace("name: liaison-default", "name: aldermoor")
                .replace("working-days: 5 ", "working-days: 7 ")
                .replace("exceptions: [OFFICER_HANDLES_AN_OPEN_ENQUIRY]", "exceptions: []"));
        CouncilProfile profile = CouncilProfiles.load(own.toString());
        assertEquals("aldermoor", profile.name());
        assertEquals(own.toString(), profile.location());
        assertEquals("7", profile.configProperties().get("liaison.sla.working-days"));
        assertEquals("NONE", profile.configProperties().get("liaison.enquiry.direct-approach.exceptions"),
                "an empty list is not an empty value, which configuration would take as unset");

        CouncilProfileException unknown = assertThrows(CouncilProfileException.class, () -> CouncilProfiles.load("york"));
        assertTrue(unknown.getMessage().contains("there is no ready profile of that name"), unknown.getMessage());
        CouncilProfileException absent = assertThrows(CouncilProfileException.class,
                () -> CouncilProfiles.load(dir.resolve("nowhere.yaml").toString()));
        assertTrue(absent.getMessage().endsWith("no such file (liaison.council-profile=" + dir.resolve("nowhere.yaml") + ")"));
    }
}
