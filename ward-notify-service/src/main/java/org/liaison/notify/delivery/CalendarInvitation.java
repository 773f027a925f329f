package org.liaison.notify.delivery;

import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An iCalendar (RFC 5545 / iTIP RFC 5546) message for one attendee, built with ical4j: a REQUEST invites or, with a
 * higher SEQUENCE and the same UID, replaces the event; a CANCEL removes it. Times are written in UTC.
 */
public final class CalendarInvitation {

    private CalendarInvitation() {
    }

    public record Details(String uid, int sequence, String summary, String description, String location,
            Instant startsAt, Instant endsAt, String organizerEmail, String attendeeName, String attendeeEmail) {
    }

    public static String request(Details details, Instant stampedAt) {
        return message(details, stampedAt, false);
    }

    public static String cancel(Details details, Instant stampedAt) {
        return message(details, stampedAt, true);
    }

    private static String message(Details details, Instant stampedAt, boolean cancel) {
        VEvent event = new VEvent(details.startsAt(), details.endsAt(), details.summary());
        event.add(new Uid(details.uid()));
        event.add(new Sequence(details.sequence()));
        event.add(new DtStamp(stampedAt));
        if (details.location() != null && !details.location().isBlank()) {
            event.add(new Location(details.location()));
        }
        if (details.description() != null && !details.description().isBlank()) {
            event.add(new Description(details.description()));
        }
        event.add(new Organizer("mailto:" + details.organizerEmail()));
        Attendee attendee = new Attendee("mailto:" + details.attendeeEmail());
        attendee.add(new Cn(details.attendeeName()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.TRUE);
        event.add(attendee);
        if (cancel) {
            event.add(new net.fortuna.ical4j.model.property.Status(net.fortuna.ical4j.model.property.Status.VALUE_CANCELLED));
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Liaison//Ward notifications//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return calendar.toString();
    }
}
