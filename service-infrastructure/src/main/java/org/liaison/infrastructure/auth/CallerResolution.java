package org.liaison.infrastructure.auth;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is calling, from the directory: a council's provider names a person by email (or, configured so, by directory
 * id), never by Liaison's id, so the email is matched to a councillor or officer. The outcome is the directory id the
 * services know the caller by, or why the caller is refused: nobody in the directory, a former councillor or an
 * officer no longer active, or a role that does not fit the person's side.
 */
public final class CallerResolution {

    /** The role only a councillor may hold; every other Liaison role is an officer's (admin also a service account's). */
    private static final Set<String> OFFICER_ROLES = Set.of(Roles.OFFICER, Roles.MEMBERS_SERVICES, Roles.COMMS,
            Roles.CHIEF_EXECUTIVE, Roles.MONITORING_OFFICER, Roles.ADMIN);

    /** The caller is {@code name}, or refused for {@code refusal}. */
    public record Outcome(String name, Optional<DirectoryPerson.Side> side, String refusal) {

        static Outcome as(String name, DirectoryPerson.Side side) {
            return new Outcome(name, Optional.ofNullable(side), null);
        }

        static Outcome refused(String why) {
            return new Outcome(null, Optional.empty(), why);
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }

    private CallerResolution() {
    }

    /**
     * @param claim the token's claims by name (a string claim, or null)
     */
    /** The longest directory id a token may name: the services keep ids in 64-character columns. */
    public static final int MAX_DIRECTORY_ID = 64;

    public static Outcome resolve(CallerIdentitySettings settings, Function<String, String> claim, DirectoryPeople people) {
        for (String clientClaim : new String[] {"azp", "client_id"}) {
            String client = claim.apply(clientClaim);
            if (client != null && settings.serviceAccounts().orElse(java.util.List.of()).contains(client)) {
                return Outcome.as(client, null);
            }
        }
        if (settings.directoryIdClaim().isPresent()) {
            String id = claim.apply(settings.directoryIdClaim().get());
            if (id != null && !id.isBlank()) {
                // a directory id is a short code or a UUID; a longer one, or one with control characters, would
                // only meet a database column too short for it (issue 11 item 4: a 250-character subject was a 500)
                if (id.length() > MAX_DIRECTORY_ID || org.liaison.infrastructure.rest.TextInput.refusal(id,
                        org.liaison.infrastructure.rest.TextInput.Shape.SINGLE_LINE).isPresent()) {
                    return Outcome.refused("Your sign-in token names a directory id Liaison cannot hold: at most "
                            + MAX_DIRECTORY_ID + " characters on one line. Ask the council's identity administrators to correct it.");
                }
                return Outcome.as(id, null);
            }
        }
        String email = claim.apply(settings.emailClaim());
        if (email == null || email.isBlank()) {
            return Outcome.refused("Your sign-in token does not say who you are: it has no " + settings.emailClaim()
                    + " claim. Ask the council's identity administrators to include it for Liaison.");
        }
        if (email.length() > 320 || org.liaison.infrastructure.rest.TextInput.refusal(email,
                org.liaison.infrastructure.rest.TextInput.Shape.SINGLE_LINE).isPresent()) {
            return Outcome.refused("Your sign-in token's " + settings.emailClaim() + " claim is not an email Liaison can "
                    + "hold (at most 320 characters, on one line). Ask the council's identity administrators to correct it.");
        }
        Optional<DirectoryPerson> person = people.byEmail(email.trim());
        if (person.isEmpty()) {
            return Outcome.refused("You are signed in as " + email + ", but nobody in Liaison's directory has that email. "
                    + "Ask members' services to add you, or to correct the email on your record.");
        }
        if (!person.get().current()) {
            return Outcome.refused(person.get().side() == DirectoryPerson.Side.COUNCILLOR
                    ? "You are signed in as " + email + ", a former councillor: Liaison is for serving councillors."
                    : "You are signed in as " + email + ", an officer no longer active in the directory.");
        }
        return Outcome.as(person.get().id(), person.get().side());
    }

    /** Why the roles do not fit the person's side, or empty when they do. */
    public static Optional<String> misfit(DirectoryPerson.Side side, Set<String> roles) {
        if (side == DirectoryPerson.Side.OFFICER && roles.contains(Roles.COUNCILLOR)) {
            return Optional.of("Your token gives you the councillor role, but the directory has you as an officer. "
                    + "Ask the council's identity administrators to correct your Liaison roles.");
        }
        if (side == DirectoryPerson.Side.COUNCILLOR && roles.stream().anyMatch(OFFICER_ROLES::contains)) {
            return Optional.of("Your token gives you an officer's role, but the directory has you as a councillor. "
                    + "Ask the council's identity administrators to correct your Liaison roles.");
        }
        return Optional.empty();
    }
}
