package org.liaison.directory.councillor;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liaison.events.directory.CouncillorRecord;

/** An elected member of the council, representing one or more wards (DIR-2). */
@Entity
@Table(name = "councillor")
public class Councillor extends PanacheEntityBase {

    public enum Status { ACTIVE, FORMER }

    public enum PreferredContact { EMAIL, PHONE, LETTER, IN_PERSON }

    @Id
    public UUID id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    /** Personal: shown only to members' services, admins and the councillor. */
    public String phone;

    @Column(name = "group_code")
    public String groupCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "councillor_ward", joinColumns = @JoinColumn(name = "councillor_id"))
    @Column(name = "ward_code")
    public Set<String> wardCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "councillor_role", joinColumns = @JoinColumn(name = "councillor_id"))
    @OrderColumn(name = "position")
    public List<CouncillorRole> roles = new ArrayList<>();

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    public PreferredContact preferredContact = PreferredContact.EMAIL;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public CouncillorRecord toRecord() {
        return new CouncillorRecord(id.toString(), displayName, email, groupCode, wardCodes.stream().sorted().toList(),
                roles.stream().map(r -> new CouncillorRecord.CouncillorRoleRecord(r.role.name(), r.committeeCode, r.portfolio,
                        r.fromDate, r.toDate)).toList(),
                termStart, termEnd, preferredContact.name(), status.name());
    }
}
