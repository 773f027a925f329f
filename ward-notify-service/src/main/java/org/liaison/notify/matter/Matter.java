package org.liaison.notify.matter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Something affecting one or more wards that their councillors must be told about. */
@Entity
@Table(name = "matter")
public class Matter extends PanacheEntityBase {

    public enum Status { ACTIVE, CANCELLED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public MatterKind kind;

    public String title;
    public String description;
    public String location;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;

    /** Stable across updates so calendar clients replace the event instead of adding a second one. */
    @Column(name = "calendar_uid")
    public String calendarUid;

    @Column(name = "calendar_sequence")
    public int calendarSequence;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** NTF-1: clear working days of notice the councillors were given (public meetings). */
    @Column(name = "notice_working_days")
    public Integer noticeWorkingDays;

    /** NTF-1: notice shorter than the configured minimum. */
    @Column(name = "short_notice")
    public boolean shortNotice;

    /**
     * NTF-1: when the councillors were told of the meeting's time (its registration or the last change of time): the
     * notice is counted from here, again whenever the council's calendar changes ({@link MeetingNotice#recount}).
     */
    @Column(name = "notice_counted_from")
    public Instant noticeCountedFrom;

    /** NTF-2 (P12): a consultation's ward councillors are consulted on it (asked for their views), not only told. */
    @Column(name = "councillors_consulted")
    public boolean councillorsConsulted;

    public String link;

    @Column(name = "visit_by")
    public String visitBy;

    /** NTF-7: a purely courtesy visit is recorded but nobody need be told. */
    @Column(name = "courtesy_visit")
    public boolean courtesyVisit;

    @Column(name = "parish_council")
    public String parishCouncil;

    /** NTF-9: the reason not to copy ward councillors into parish correspondence, when there is one. */
    @Column(name = "withheld_reason")
    public String withheldReason;

    /** The other service's id for what this matter is about (e.g. a media release). */
    @Column(name = "source_reference")
    public String sourceReference;

    /** NTF-2: registered after the consultation had started. */
    public boolean late;

    /** NTF-3: when delivery to every councillor was reported on {@code notify.deliveries}. */
    @Column(name = "delivery_reported_at")
    public Instant deliveryReportedAt;

    /** Nobody is to be told (a courtesy visit, parish correspondence withheld for a reason). */
    public boolean exempt() {
        return courtesyVisit || (withheldReason != null && !withheldReason.isBlank());
    }

    /**
     * NTF-8 "where possible, invited": a ceremonial event with a start and an end carries an iCalendar invitation in
     * its emails (a public meeting's always do, NTF-1).
     */
    public boolean carriesInvitation() {
        return kind == MatterKind.CEREMONIAL_EVENT && startsAt != null && endsAt != null;
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matter_ward", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "ward_code")
    public Set<String> wardCodes = new TreeSet<>();
}
