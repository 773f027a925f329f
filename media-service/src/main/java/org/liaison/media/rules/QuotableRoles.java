package org.liaison.media.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.liaison.media.release.MediaRelease.Contact;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;
import org.liaison.media.rules.RuleSnapshot.Councillor;

/**
 * MR-1 and MR-2: a councillor is quoted, or given as a contact, only if on the issue date they are an active councillor
 * and hold one of the profile's quotable roles ({@code liaison.media.quotable-roles}) for a term that covers that date.
 * A FORMER councillor is never quotable, even if the directory still shows an open-ended role.
 */
public final class QuotableRoles {

    private final List<String> roles;

    public QuotableRoles(Collection<String> roles) {
        this.roles = List.copyOf(roles);
    }

    /** Null if {@code councillor} may be quoted on {@code day}; otherwise why not, as a clause. */
    public String whyNot(Councillor councillor, LocalDate day) {
        if (!councillor.active()) {
            return "they are not an active councillor (the directory shows them as " + councillor.status() + ")";
        }
        if (!councillor.holdsAnyOn(roles, day)) {
            return "on " + day + " they hold none of the roles whose holders are quoted (" + String.join(", ", roles) + ")";
        }
        return null;
    }

    public List<Finding> check(ReleaseContent release, RuleSnapshot snapshot, LocalDate issueDate) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < release.quotes().size(); i++) {
            Quote quote = release.quotes().get(i);
            if (quote.speakerType() != PersonType.COUNCILLOR) {
                continue;
            }
            Councillor councillor = snapshot.councillor(quote.speakerId());
            String who = councillor == null ? String.valueOf(quote.name()) : councillor.displayName();
            String why = councillor == null ? unknown(quote.speakerId()) : whyNot(councillor, issueDate);
            if (why != null) {
                findings.add(new Finding("MR-1", Level.BLOCK, who + " may not be quoted: " + why + ".",
                        "quotes[" + i + "].speakerId"));
            }
        }
        for (int i = 0; i < release.contacts().size(); i++) {
            Contact contact = release.contacts().get(i);
            if (contact.personType() != PersonType.COUNCILLOR) {
                continue;
            }
            Councillor councillor = snapshot.councillor(contact.personId());
            String why = councillor == null ? unknown(contact.personId()) : whyNot(councillor, issueDate);
            if (why != null) {
                findings.add(new Finding("MR-2", Level.BLOCK, "Contact details are given only for members who may be "
                        + "quoted; " + (councillor == null ? "this councillor" : councillor.displayName()) + " is not one on "
                        + issueDate + ": " + why + ".", "contacts[" + i + "]"));
            }
        }
        return findings;
    }

    private static String unknown(String id) {
        return id == null ? "no directory id is given for them"
                : "the directory has no councillor " + id;
    }
}
