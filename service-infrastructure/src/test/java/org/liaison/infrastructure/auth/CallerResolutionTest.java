package org.liaison.infrastructure.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is calling, from the directory: the rules of {@link CallerResolution} over plain data. */
class CallerResolutionTest {

    private static final Map<String, DirectoryPerson> DIRECTORY = Map.of(
            "ada.price@members.aldermoor.example", new DirectoryPerson("c-1", DirectoryPerson.Side.COUNCILLOR, true),
            "old.hand@members.aldermoor.example", new DirectoryPerson("c-2", DirectoryPerson.Side.COUNCILLOR, false),
            "isla.hart@aldermoor.example", new DirectoryPerson("o-1", DirectoryPerson.Side.OFFICER, true));
    private static final DirectoryPeople PEOPLE = email -> Optional.ofNullable(DIRECTORY.get(email.toLowerCase(Locale.ROOT)));

    private static CallerIdentitySettings settings(String directoryIdClaim, List<String> serviceAccounts) {
        return new CallerIdentitySettings() {
            @Override
            public String emailClaim() {
                return "email";
            }

            @Override
            public Optional<String> directoryIdClaim() {
                return Optional.ofNullable(directoryIdClaim);
            }

            @Override
            public Optional<List<String>> serviceAccounts() {
                return Optional.of(serviceAccounts);
            }
        };
    }

    private static final CallerIdentitySettings BY_EMAIL = settings(null, List.of("liaison-import"));

    @Test
    void an_email_names_the_councillor_or_officer_with_it_whatever_its_case() {
        CallerResolution.Outcome councillor = CallerResolution.resolve(BY_EMAIL,
                Map.of("sub", "AAAbbb-provider-id", "email", "Ada.Price@Members.Aldermoor.example")::get, PEOPLE);
        assertEquals("c-1", councillor.name());
        assertEquals(Optional.of(DirectoryPerson.Side.COUNCILLOR), councillor.side());
        assertEquals("o-1", CallerResolution.resolve(BY_EMAIL, Map.of("email", "isla.hart@aldermoor.example")::get, PEOPLE).name());
    }

    @Test
    void an_email_that_is_nobody_a_missing_email_and_a_former_councillor_are_refused() {
        assertTrue(CallerResolution.resolve(BY_EMAIL, Map.of("email", "stranger@example.org")::get, PEOPLE).refusal()
                .contains("nobody in Liaison's directory has that email"));
        assertTrue(CallerResolution.resolve(BY_EMAIL, Map.of("sub", "x")::get, PEOPLE).refusal().contains("no email claim"));
        assertTrue(CallerResolution.resolve(BY_EMAIL, Map.of("email", "old.hand@members.aldermoor.example")::get, PEOPLE)
                .refusal().contains("a former councillor"));
    }

    @Test
    void a_configured_directory_id_claim_names_the_caller_as_is() {
        CallerResolution.Outcome outcome = CallerResolution.resolve(settings("liaison_id", List.of()),
                Map.of("liaison_id", "c-9", "email", "stranger@example.org")::get, PEOPLE);
        assertFalse(outcome.isRefused());
        assertEquals("c-9", outcome.name());
    }

    @Test
    void a_configured_service_account_acts_under_its_client_id() {
        CallerResolution.Outcome outcome = CallerResolution.resolve(BY_EMAIL, Map.of("azp", "liaison-import")::get, PEOPLE);
        assertEquals("liaison-import", outcome.name());
        assertTrue(CallerResolution.resolve(BY_EMAIL, Map.of("azp", "some-other-app")::get, PEOPLE).isRefused());
    }

    @Test
    void the_councillor_role_fits_only_a_councillor_and_officers_roles_only_an_officer() {
        assertEquals(Optional.empty(), CallerResolution.misfit(DirectoryPerson.Side.COUNCILLOR, Set.of("councillor")));
        assertEquals(Optional.empty(), CallerResolution.misfit(DirectoryPerson.Side.OFFICER, Set.of("officer", "comms")));
        assertTrue(CallerResolution.misfit(DirectoryPerson.Side.OFFICER, Set.of("officer", "councillor")).isPresent());
        assertTrue(CallerResolution.misfit(DirectoryPerson.Side.COUNCILLOR, Set.of("councillor", "admin")).isPresent());
    }

    @Test
    void a_directory_id_longer_than_64_characters_or_with_control_characters_is_refused_issue_11_item_4() {
        CallerIdentitySettings byId = settings("liaison_id", List.of());
        assertTrue(CallerResolution.resolve(byId, Map.of("liaison_id", "x".repeat(250))::get, PEOPLE).isRefused());
        assertTrue(CallerResolution.resolve(byId, Map.of("liaison_id", "c-1\u0000")::get, PEOPLE).isRefused());
        assertTrue(CallerResolution.resolve(BY_EMAIL, Map.of("email", "ada\r\n@x.example")::get, PEOPLE).isRefused());
        assertEquals("c-1", CallerResolution.resolve(byId, Map.of("liaison_id", "c-1")::get, PEOPLE).name());
    }
}
