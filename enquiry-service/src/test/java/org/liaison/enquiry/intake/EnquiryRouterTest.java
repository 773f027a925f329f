package org.liaison.enquiry.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;

/** ENQ-4 as a plain rule: key contact, then head of service, then director, each passed over for a stated reason. */
class EnquiryRouterTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 6, 15);

    private final Map<String, OfficerReplica> officers = new HashMap<>();
    private final ServiceAreaReplica area = new ServiceAreaReplica();

    EnquiryRouterTest() {
        area.code = "HOUS";
        area.name = "Housing";
        area.keyContactOfficerId = officer("key", "Kim Key").id;
        area.headOfServiceId = officer("head", "Hal Head").id;
        area.directorId = officer("director", "Dana Director").id;
    }

    private OfficerReplica officer(String id, String name) {
        OfficerReplica officer = new OfficerReplica();
        officer.id = id;
        officer.displayName = name;
        officer.status = "ACTIVE";
        officers.put(id, officer);
        return officer;
    }

    private static void away(OfficerReplica officer, LocalDate from, LocalDate to) {
        OfficerReplica.Absence absence = new OfficerReplica.Absence();
        absence.fromDate = from;
        absence.toDate = to;
        officer.absences.add(absence);
    }

    private Optional<EnquiryRouter.Routing> route(String councillor, String conflictedOfficer) {
        return EnquiryRouter.route(area, councillor, TUESDAY, officers::get,
                (c, o) -> c.equals(councillor) && o.equals(conflictedOfficer));
    }

    @Tag("ENQ-4")
    @Test
    void ENQ_4_the_key_contact_takes_it_when_available() {
        EnquiryRouter.Routing routing = route("cllr", null).orElseThrow();
        assertEquals("key", routing.officerId());
        assertEquals("Routed to the key contact of Housing", routing.reason());
    }

    @Tag("ENQ-4")
    @Test
    void ENQ_4_an_absent_key_contact_passes_it_to_the_head_of_service_on_the_day_it_is_received() {
        away(officers.get("key"), TUESDAY, TUESDAY.plusDays(3));
        EnquiryRouter.Routing routing = route("cllr", null).orElseThrow();
        assertEquals("head", routing.officerId());
        assertTrue(routing.reason().contains("the key contact (Kim Key) is unavailable on 2027-06-15"), routing.reason());
        assertTrue(routing.restrictedReason().contains("the key contact (Kim Key) is absent on 2027-06-15"), routing.restrictedReason());

        away(officers.get("head"), TUESDAY.minusDays(10), TUESDAY.minusDays(1)); // back the day before: available
        assertEquals("head", route("cllr", null).orElseThrow().officerId());
    }

    @Tag("ENQ-4")
    @Test
    void ENQ_4_a_conflicted_or_inactive_officer_is_passed_over_and_the_director_is_the_last_step() {
        assertEquals("head", route("related", "key").orElseThrow().officerId());

        officers.get("head").status = "LEFT";
        away(officers.get("key"), TUESDAY, TUESDAY);
        EnquiryRouter.Routing routing = route("cllr", null).orElseThrow();
        assertEquals("director", routing.officerId());
        assertTrue(routing.reason().contains("the head of service (Hal Head) is no longer active"), routing.reason());

        away(officers.get("director"), TUESDAY, TUESDAY); // nobody is available: the director still takes it, flagged
        routing = route("cllr", null).orElseThrow();
        assertEquals("director", routing.officerId());
        assertTrue(routing.reason().contains("members' services should reassign"), routing.reason());
    }

    @Tag("ENQ-4")
    @Tag("DIR-5")
    @Test
    void ENQ_4_DIR_5_a_conflicted_officer_reads_like_an_absent_one_except_in_the_restricted_reason() {
        EnquiryRouter.Routing conflicted = route("related", "key").orElseThrow();
        away(officers.get("key"), TUESDAY, TUESDAY);
        EnquiryRouter.Routing absent = route("cllr", null).orElseThrow();
        assertEquals(absent.reason(), conflicted.reason());
        assertEquals("Routed to the head of service of Housing because the key contact (Kim Key) is unavailable on 2027-06-15",
                conflicted.reason());
        assertEquals("Routed to the head of service of Housing because the key contact (Kim Key) has a declared relationship "
                + "with the councillor", conflicted.restrictedReason());
    }

    @Tag("ENQ-4")
    @Test
    void ENQ_4_nobody_known_on_the_escalation_path_leaves_the_enquiry_unrouted() {
        officers.clear();
        assertTrue(route("cllr", null).isEmpty());
    }
}
