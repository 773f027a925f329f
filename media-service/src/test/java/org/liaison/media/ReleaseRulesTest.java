package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/** The media protocol's checks (MR-1 to MR-7, MR-10, MR-12) on submission, against the directory replica. */
@QuarkusTest
class ReleaseRulesTest {

    static final String COMMS = DevTokens.mint("comms-officer-1", "comms");
    /**
     * The "now" of these tests: the comms team drafts and submits on Tuesday 1 June 2027, for issue on Thursday 10 June
     * ({@link #ISSUE_DAY}); the rules judge roles, meetings and election periods on that issue date.
     */
    static final Instant DRAFTING = Instant.parse("2027-06-01T09:00:00Z");
    static final String ISSUE_DAY = "2027-06-10T09:00:00Z";

    @Inject
    TestClock clock;

    DirectoryFeed directory;
    String tag;

    @BeforeEach
    void setUp() {
        clock.set(DRAFTING);
        directory = new DirectoryFeed();
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void suiteTimeAgain() {
        clock.reset();
    }

    @Tag("MR-1")
    @Test
    void MR_1_only_office_holders_on_the_issue_date_are_quoted() {
        String cabinet = directory.councillor("Cllr Ada Price " + tag, null, "CABINET_MEMBER", LocalDate.parse("2024-05-16"), null);
        String former = directory.councillor("Cllr Ben Okafor " + tag, null, "CABINET_MEMBER", LocalDate.parse("2024-05-16"),
                LocalDate.parse("2027-05-31"));
        String backbencher = directory.councillor("Cllr Cara Singh " + tag, null, null, null, null);
        submit(release(Map.of("quotes", List.of(councillorQuote(cabinet, "We are delighted."))))).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        submit(release(Map.of("quotes", List.of(councillorQuote(backbencher, "Good news."))))).then().statusCode(422)
                .contentType("application/problem+json").body("ruleId", equalTo("MR-1"));
        submit(release(Map.of("quotes", List.of(councillorQuote(former, "Good news."))))).then().statusCode(422)
                .body("ruleId", equalTo("MR-1")); // no longer in cabinet on 10 June 2027
    }

    @Tag("MR-2")
    @Test
    void MR_2_contact_details_only_for_those_who_may_be_quoted() {
        String backbencher = directory.councillor("Cllr Dev Lloyd " + tag, null, null, null, null);
        String chair = directory.councillor("Cllr Eve Taylor " + tag, null, "COMMITTEE_CHAIR", LocalDate.parse("2024-05-16"), null);
        submit(release(Map.of("contacts", List.of(Map.of("personType", "COUNCILLOR", "personId", backbencher,
                "text", "07700 900123"))))).then().statusCode(422).body("ruleId", equalTo("MR-2"));
        submit(release(Map.of("contacts", List.of(Map.of("personType", "COUNCILLOR", "personId", chair,
                "text", "07700 900124"))))).then().statusCode(200);
    }

    @Tag("MR-3")
    @Test
    void MR_3_no_party_affiliation_is_attributed_to_a_quoted_member() {
        String leader = directory.councillor("Cllr Finn Patel " + tag, null, "LEADER", LocalDate.parse("2024-05-16"), null);
        String groupName = "Riverside Independents " + tag;
        directory.group("RI" + tag, groupName, null);
        submit(release(Map.of("quotes", List.of(councillorQuote(leader, "As Labour leader I welcome this."))))).then()
                .statusCode(422).body("ruleId", equalTo("MR-3"));
        submit(release(Map.of("quotes", List.of(councillorQuote(leader, "The " + groupName + " welcome this."))))).then()
                .statusCode(422).body("ruleId", equalTo("MR-3"));
        submit(release(Map.of("quotes", List.of(councillorQuote(leader, "I welcome this for every resident."))))).then()
                .statusCode(200);
        // the party given as an abbreviation where the body introduces the quoted member
        submit(release(Map.of("quotes", List.of(councillorQuote(leader, "I welcome this for every resident.")),
                "body", "Councillor Finn Patel " + tag + ", Leader of the Council (Lab), said the centre would open in June.")))
                .then().statusCode(422).body("ruleId", equalTo("MR-3"))
                .body("detail", containsString("\"Lab\" (Labour)"));
    }

    @Tag("MR-3")
    @Test
    void MR_3_the_editors_check_of_an_unsaved_draft_reports_the_rule_and_stores_nothing() {
        // a surname as real ones are, capitalised (a short form in brackets follows a name)
        String leader = directory.councillor("Cllr Gwen Hale" + tag, null, "LEADER", LocalDate.parse("2024-05-16"), null);
        long before = releaseCount();
        Map<String, Object> draft = release(Map.of("quotes", List.of(councillorQuote(leader, "I welcome this for every resident.")),
                "body", "Councillor Gwen Hale" + tag + " (Lab), Leader of the Council, said the centre would open in June."));
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).body(draft).when().post("/releases/check")
                .then().statusCode(200)
                .body("findings.find { it.level == 'BLOCK' }.ruleId", equalTo("MR-3"))
                .body("issueDate", equalTo("2027-06-10"));
        draft.put("body", "Councillor Gwen Hale" + tag + ", Leader of the Council, said the centre would open in June.");
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).body(draft).when().post("/releases/check")
                .then().statusCode(200).body("findings.level", not(hasItem("BLOCK")));
        assertEquals(before, releaseCount(), "a check stores no release");
        // drafting is comms' work; a check of a draft is theirs too, and a draft with no title is refused as on saving
        given().auth().oauth2(DevTokens.mint("officer-1", "officer")).contentType(ContentType.JSON).body(draft)
                .when().post("/releases/check").then().statusCode(403);
        draft.remove("title");
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).body(draft).when().post("/releases/check")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Tag("MR-4")
    @Test
    void MR_4_an_officer_quote_warns_until_attested_factual() {
        Map<String, Object> officerQuote = new HashMap<>(Map.of("speakerType", "OFFICER", "name", "Kim Key, Head of Waste",
                "text", "Collections resume on Monday."));
        String id = create(release(Map.of("quotes", List.of(officerQuote)))).then().statusCode(201).extract().path("id");
        given().auth().oauth2(COMMS).when().post("/releases/" + id + "/check").then().statusCode(200)
                .body("findings.find { it.ruleId == 'MR-4' }.level", equalTo("WARN"));
        officerQuote.put("factualAttested", true);
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(release(Map.of("quotes", List.of(officerQuote)))).when().put("/releases/" + id)
                .then().statusCode(200).body("ruleReport.findings.ruleId", not(hasItem("MR-4")));
    }

    @Tag("MR-5")
    @Test
    void MR_5_a_release_before_a_meeting_is_factual_only_with_no_councillor_quotes() {
        String leader = directory.councillor("Cllr Gil Moss " + tag, null, "LEADER", LocalDate.parse("2024-05-16"), null);
        Map<String, Object> before = Map.of("title", "Cabinet", "date", "2027-06-15", "timing", "BEFORE");
        submit(release(Map.of("meeting", before, "quotes", List.of(councillorQuote(leader, "I expect approval."))))).then()
                .statusCode(422).body("ruleId", equalTo("MR-5"));
        submit(release(Map.of("meeting", before))).then().statusCode(200);
        // the dates decide, not the declared timing: Cabinet on 15 June is still to come on the issue day, 10 June
        Map<String, Object> declaredAfter = Map.of("title", "Cabinet", "date", "2027-06-15", "timing", "AFTER",
                "discussedItems", List.of("Cabinet"));
        submit(release(Map.of("meeting", declaredAfter, "quotes", List.of(councillorQuote(leader, "I expect approval.")))))
                .then().statusCode(422).body("ruleId", equalTo("MR-5"));
        // timing may be left out; on the meeting's own day the rule then asks for it
        Map<String, Object> sameDay = Map.of("title", "Cabinet", "date", "2027-06-10");
        submit(release(Map.of("meeting", sameDay, "quotes", List.of(councillorQuote(leader, "I expect approval.")))))
                .then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("MR-5"))
                .body("errors.field", hasItem("meeting.timing"));
    }

    @Tag("MR-6")
    @Test
    void MR_6_a_release_after_a_meeting_is_about_an_item_discussed_at_it() {
        Map<String, Object> after = Map.of("title", "Planning Committee", "date", "2027-06-08", "timing", "AFTER",
                "discussedItems", List.of("Abbey Road crossing", "Depot extension"));
        submit(release(Map.of("meeting", after))).then().statusCode(422).body("ruleId", equalTo("MR-6"));
        submit(release(Map.of("meeting", after, "body", "The committee approved the Abbey Road crossing.")))
                .then().statusCode(200);
    }

    @Tag("MR-7")
    @Test
    void MR_7_in_a_pre_election_period_nothing_controversial_and_no_named_councillor_with_no_override() {
        String ward = directory.ward("E05" + tag);
        String other = directory.ward("E05X" + tag);
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("name", "By-election " + tag, "noticePublishedOn", "2030-03-01", "pollingDay", "2030-04-10",
                        "scope", "WARDS", "wardCodes", List.of(ward)))
                .when().post("/elections").then().statusCode(201);
        String named = directory.councillor("Cllr Hana Jones " + tag, null, "LEADER", LocalDate.parse("2024-05-16"), null);
        String surname = "Lowe" + tag; // unique among the suite's councillors
        directory.councillor("Cllr Ben " + surname, null, null, null, null);
        String during = "2030-03-20T09:00:00Z";
        submit(release(Map.of("wardCodes", List.of(ward), "controversial", true, "plannedIssueAt", during))).then()
                .statusCode(422).body("ruleId", equalTo("MR-7"));
        submit(release(Map.of("wardCodes", List.of(ward), "plannedIssueAt", during,
                "body", "Cllr Hana Jones " + tag + " secured the new play area."))).then()
                .statusCode(422).body("ruleId", equalTo("MR-7"));
        // however the release names them: "Councillor" and the full name, or "Cllr" and the surname
        submit(release(Map.of("wardCodes", List.of(ward), "plannedIssueAt", during,
                "body", "Councillor Ben " + surname + " cut the ribbon."))).then()
                .statusCode(422).body("ruleId", equalTo("MR-7")).body("detail", containsString("Cllr Ben " + surname));
        submit(release(Map.of("wardCodes", List.of(ward), "plannedIssueAt", during,
                "body", "The play area follows a petition from Cllr " + surname + "."))).then()
                .statusCode(422).body("ruleId", equalTo("MR-7"));
        submit(release(Map.of("wardCodes", List.of(ward), "plannedIssueAt", during, "quotes",
                List.of(councillorQuote(named, "Good news."))))).then().statusCode(422).body("ruleId", equalTo("MR-7"));
        // another ward, or after polling day: the period does not apply
        submit(release(Map.of("wardCodes", List.of(other), "controversial", true, "plannedIssueAt", during)))
                .then().statusCode(200);
        submit(release(Map.of("wardCodes", List.of(ward), "controversial", true, "plannedIssueAt", "2030-04-11T09:00:00Z")))
                .then().statusCode(200);
    }

    @Tag("MR-10")
    @Test
    void MR_10_releases_are_council_business_not_a_councillors_or_a_partys() {
        submit(release(Map.of("purpose", "PARTY_POLITICAL"))).then().statusCode(422).body("ruleId", equalTo("MR-10"));
        submit(release(Map.of("purpose", "COUNCILLOR_PERSONAL"))).then().statusCode(422).body("ruleId", equalTo("MR-10"));
    }

    @Tag("MR-12")
    @Test
    void MR_12_party_names_in_the_body_warn_until_attested() {
        create(release(Map.of("body", "Councillor Ann Field (LD) proposed the motion."))).then().statusCode(201)
                .body("ruleReport.findings.find { it.ruleId == 'MR-12' }.message", containsString("\"LD\" (Liberal Democrat)"));
        create(release(Map.of("body", "A new green space opens by the Science Lab after the consultation."))).then()
                .statusCode(201).body("ruleReport.findings.ruleId", not(hasItem("MR-12")));
        Map<String, Object> naming = Map.of("body", "The motion was supported by Conservative and Green Party members.");
        String id = create(release(naming)).then().statusCode(201)
                .body("ruleReport.findings.find { it.ruleId == 'MR-12' }.level", equalTo("WARN")).extract().path("id");
        Map<String, Object> attested = new HashMap<>(naming);
        attested.put("partyNamesAttested", true);
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(release(attested))
                .when().put("/releases/" + id).then().statusCode(200)
                .body("ruleReport.findings.ruleId", not(hasItem("MR-12")));
    }

    @Test
    void a_release_names_only_wards_in_the_directory() {
        create(release(Map.of("wardCodes", List.of("E05NOWHERE")))).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("wardCodes[0]"));
    }

    static long releaseCount() {
        return ((Number) given().auth().oauth2(COMMS).when().get("/releases?size=1").then().statusCode(200)
                .extract().path("total")).longValue();
    }

    static Map<String, Object> councillorQuote(String councillorId, String text) {
        return Map.of("speakerType", "COUNCILLOR", "speakerId", councillorId, "text", text);
    }

    static Map<String, Object> release(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "New recycling centre opens",
                "body", "The new recycling centre on Mill Lane opens on 10 June.", "purpose", "COUNCIL_BUSINESS",
                "plannedIssueAt", ISSUE_DAY));
        body.putAll(overrides);
        return body;
    }

    static Response create(Map<String, Object> release) {
        return given().auth().oauth2(COMMS).contentType(ContentType.JSON).body(release).when().post("/releases");
    }

    /** Creates the release and submits it for review (which runs every check). */
    static Response submit(Map<String, Object> release) {
        Response created = create(release);
        created.then().statusCode(201);
        return given().auth().oauth2(COMMS).header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .when().post("/releases/" + created.path("id") + "/submit");
    }
}
