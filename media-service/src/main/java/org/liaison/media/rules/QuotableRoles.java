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
import org.liaison.media.rules.RuleSnapshot.Role;

/**
 * MR-1 and MR-2: a councillor is quoted, or given as a contact, only if on the issue date they are an active councillor
 * and hold one of the profile's quotable roles ({@code liaison.media.quotable-roles}) for a term that covers that date.
 * A FORMER councillor is never quotable, even if the directory still shows an open-ended role.
 *
 * <p>Two narrowings from the council profile (P3): a COMMITTEE_CHAIR counts only as chair of a committee whose kind
 * (as the directory publishes it on {@code directory.committees}) is listed in {@code media.quotable-committee-chairs}
 * (all five kinds: any chair, whatever the directory says of the committee); and a role listed in
 * {@code media.ceremonial-only-roles} (001 §39: the Mayor, the Deputy Mayor) counts only on a release marked ceremonial.
 * A ceremonial-only role that is not a quotable role is never quoted: the list narrows, it does not add.
 */
public final class QuotableRoles {

    /** The directory's committee kinds: listing them all lets any committee's chair be quoted. */
    public static final List<String> COMMITTEE_KINDS = List.of("CABINET", "SCRUTINY", "REGULATORY", "STANDARDS", "OTHER");
    static final String CHAIR = "COMMITTEE_CHAIR";

    private final List<String> roles;
    private final List<String> chairsOf;
    private final List<String> ceremonialOnly;

    /** Every committee's chair, no role limited to ceremonial releases. */
    public QuotableRoles(Collection<String> roles) {
        this(roles, COMMITTEE_KINDS, List.of());
    }

    /**
     * @param roles               the role kinds whose holders are quoted
     * @param committeeKinds      the committee kinds whose chairs count as COMMITTEE_CHAIR
     * @param ceremonialOnlyRoles roles that count only on a ceremonial release
     */
    public QuotableRoles(Collection<String> roles, Collection<String> committeeKinds, Collection<String> ceremonialOnlyRoles) {
        this.roles = List.copyOf(roles);
        this.chairsOf = List.copyOf(committeeKinds);
        this.ceremonialOnly = List.copyOf(ceremonialOnlyRoles);
    }

    /**
     * Null if {@code councillor} may be quoted on {@code day} on a release that is {@code ceremonial} or not; otherwise
     * why not, as a clause. {@code snapshot} gives the committees' kinds.
     */
    public String whyNot(Councillor councillor, LocalDate day, RuleSnapshot snapshot, boolean ceremonial) {
        if (!councillor.active()) {
            return "they are not an active councillor (the directory shows them as " + councillor.status() + ")";
        }
        List<Role> held = councillor.rolesOn(day).stream().filter(r -> roles.contains(r.role())).toList();
        if (held.isEmpty()) {
            return "on " + day + " they hold none of the roles whose holders are quoted (" + String.join(", ", roles) + ")";
        }
        List<Role> counting = held.stream().filter(r -> chairCounts(r, snapshot)).toList();
        if (counting.isEmpty()) {
            return "on " + day + " the only role they hold whose holders are quoted is chair of "
                    + String.join(", ", held.stream().map(r -> committee(r, snapshot)).distinct().toList())
                    + ", and only chairs of " + String.join(", ", chairsOf) + " committees are quoted";
        }
        if (!ceremonial && counting.stream().allMatch(r -> ceremonialOnly.contains(r.role()))) {
            return "on " + day + " they are quoted only as " + String.join(", ", counting.stream().map(Role::role)
                    .distinct().toList()) + ", and holders of that role are quoted only on a release about a ceremonial "
                    + "event; this release is not marked ceremonial";
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
            String why = councillor == null ? unknown(quote.speakerId())
                    : whyNot(councillor, issueDate, snapshot, release.ceremonial());
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
            String why = councillor == null ? unknown(contact.personId())
                    : whyNot(councillor, issueDate, snapshot, release.ceremonial());
            if (why != null) {
                findings.add(new Finding("MR-2", Level.BLOCK, "Contact details are given only for members who may be "
                        + "quoted; " + (councillor == null ? "this councillor" : councillor.displayName()) + " is not one on "
                        + issueDate + ": " + why + ".", "contacts[" + i + "]"));
            }
        }
        return findings;
    }

    /** A role other than COMMITTEE_CHAIR always counts; a chair, if their committee's kind is listed. */
    private boolean chairCounts(Role role, RuleSnapshot snapshot) {
        if (!CHAIR.equals(role.role()) || chairsOf.containsAll(COMMITTEE_KINDS)) {
            return true;
        }
        String kind = snapshot.committeeKind(role.committeeCode());
        return kind != null && chairsOf.contains(kind);
    }

    private static String committee(Role role, RuleSnapshot snapshot) {
        if (role.committeeCode() == null) {
            return "a committee the directory's role does not name";
        }
        String kind = snapshot.committeeKind(role.committeeCode());
        return kind == null ? role.committeeCode() + " (not a committee the directory has published)"
                : role.committeeCode() + " (kind " + kind + ")";
    }

    private static String unknown(String id) {
        return id == null ? "no directory id is given for them"
                : "the directory has no councillor " + id;
    }
}
