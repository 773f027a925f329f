package org.liaison.notify.matter;

import java.util.ArrayList;
import java.util.List;
import org.liaison.notify.delivery.Notice;
import org.liaison.notify.delivery.Notification;

/**
 * The words of a matter email (NTF-2 to NTF-9, and digests of them): composed when it is sent, from the matter as it
 * then stands, and rendered by the {@code Notices} templates (every value escaped in HTML).
 */
public final class MatterNotices {

    private MatterNotices() {
    }

    public static Notice compose(Matter matter, String template) {
        List<String> paragraphs = new ArrayList<>();
        String subject;
        switch (template) {
            case Notification.MATTER_UPDATE -> {
                subject = "Changed: " + matter.title;
                paragraphs.add("A " + kindInWords(matter) + " concerning your ward has changed. The details below replace "
                        + "those sent before.");
            }
            case Notification.MATTER_REPORT -> {
                subject = "Report published: " + matter.title;
                paragraphs.add("The report for this agenda item has been published: " + matter.link);
            }
            case Notification.MATTER_CANCELLATION -> {
                boolean cancelled = matter.status == Matter.Status.CANCELLED;
                subject = (cancelled ? "Cancelled: " : "No longer about your ward: ") + matter.title;
                paragraphs.add(cancelled ? "The " + kindInWords(matter) + " below has been cancelled."
                        + (matter.cancellationReason == null ? "" : " Reason: " + matter.cancellationReason)
                        : "The " + kindInWords(matter) + " below no longer concerns your ward.");
            }
            default -> {
                subject = matter.kind.subject() + ": " + matter.title;
                paragraphs.add(opening(matter));
            }
        }
        if (matter.description != null && !matter.description.isBlank()) {
            paragraphs.add(matter.description);
        }
        List<Notice.Fact> facts = new ArrayList<>();
        facts.add(new Notice.Fact("Matter", matter.title));
        if (matter.startsAt != null) {
            facts.add(new Notice.Fact(whenLabel(matter), Notice.when(matter.startsAt)));
        }
        if (matter.endsAt != null) {
            facts.add(new Notice.Fact(matter.kind == MatterKind.CONSULTATION ? "Closes" : "Until", Notice.when(matter.endsAt)));
        }
        if (matter.location != null && !matter.location.isBlank()) {
            facts.add(new Notice.Fact("Where", matter.location));
        }
        if (matter.visitBy != null && !matter.visitBy.isBlank()) {
            facts.add(new Notice.Fact("Visiting", matter.visitBy));
        }
        if (matter.parishCouncil != null && !matter.parishCouncil.isBlank()) {
            facts.add(new Notice.Fact("Parish council", matter.parishCouncil));
        }
        if (matter.link != null) {
            facts.add(new Notice.Fact("More", matter.link));
        }
        facts.add(new Notice.Fact("Wards", String.join(", ", matter.wardCodes)));
        facts.add(new Notice.Fact("Reference", matter.id.toString()));
        return new Notice(subject, paragraphs, facts);
    }

    /** The first paragraph: what it is, and why the councillor is told now, in the protocol's terms. */
    static String opening(Matter matter) {
        String when = matter.startsAt == null ? "" : Notice.when(matter.startsAt);
        return switch (matter.kind) {
            case CONSULTATION -> "A consultation affecting your ward opens " + when
                    + (matter.endsAt == null ? "" : " and closes " + Notice.when(matter.endsAt))
                    + ". Ward councillors are told no later than its start."
                    + (matter.late ? " We are sorry: this reaches you after the consultation had opened." : "");
            case PRESS_RELEASE -> "The council plans to issue a press release about your ward on " + when
                    + ". You are told before it is issued.";
            case SIGNIFICANT_ISSUE -> "Something that particularly affects your ward, and may be controversial, is coming up"
                    + (when.isEmpty() ? "" : " (" + when + ")") + ". You are told in advance.";
            case AGENDA_ITEM -> "A matter in your ward is on the agenda of the committee meeting on " + when + "."
                    + (matter.link == null ? " The report will be sent to you when it is published."
                            : " The report: " + matter.link);
            case EXECUTIVE_DECISION -> "A cabinet or cabinet-member decision affecting your ward"
                    + (when.isEmpty() ? "" : ", made " + when) + ".";
            case SITE_VISIT -> matter.visitBy + " will visit a site in your ward on " + when + ".";
            case CEREMONIAL_EVENT -> "A civic or ceremonial event takes place in your ward on " + when + "."
                    + (matter.endsAt == null ? "" : " You are invited: the attached invitation adds it to your diary.");
            case PARISH_CORRESPONDENCE -> "You are copied into the council's correspondence with " + matter.parishCouncil
                    + " about your ward.";
            case PUBLIC_MEETING -> "A public meeting affecting your ward has been arranged for " + when + ".";
        };
    }

    private static String kindInWords(Matter matter) {
        return matter.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String whenLabel(Matter matter) {
        return switch (matter.kind) {
            case CONSULTATION -> "Opens";
            case PRESS_RELEASE -> "Planned issue";
            case AGENDA_ITEM -> "Committee meeting";
            case EXECUTIVE_DECISION -> "Decided";
            default -> "When";
        };
    }
}
