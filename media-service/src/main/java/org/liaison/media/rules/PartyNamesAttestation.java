package org.liaison.media.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.media.rules.PartyMentions.PartyMention;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/**
 * MR-12: nothing that appears designed to affect support for a political party. A title or body that names a party,
 * however ({@link PartyMentions}: "Labour", "the Tories", "Councillor Grace Powell (Lab)", "Green councillors"),
 * warns until someone attests ({@code partyNamesAttested}) that it is not designed to affect support for one.
 */
public final class PartyNamesAttestation {

    public List<Finding> check(ReleaseContent release, RuleSnapshot snapshot) {
        if (release.partyNamesAttested()) {
            return List.of();
        }
        PartyMentions parties = new PartyMentions(snapshot.parties());
        List<PartyMention> named = new ArrayList<>(parties.in(release.title()));
        named.addAll(parties.in(release.body()));
        if (named.isEmpty()) {
            return List.of();
        }
        String which = named.stream().map(PartyMention::described).distinct().collect(Collectors.joining(", "));
        return List.of(new Finding("MR-12", Level.WARN, "The release names " + which + ": attest that it is not "
                + "designed to affect support for a political party.", "partyNamesAttested"));
    }
}
