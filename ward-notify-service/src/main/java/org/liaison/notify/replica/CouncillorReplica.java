package org.liaison.notify.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A councillor as directory-service last published it: who to tell about their wards. */
@Entity
@Table(name = "councillor_replica")
public class CouncillorReplica extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "councillor_replica_ward", joinColumns = @JoinColumn(name = "councillor_id"))
    @Column(name = "ward_code")
    public Set<String> wardCodes = new HashSet<>();

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
