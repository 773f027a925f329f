package org.liaison.enquiry.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "councillor_replica")
public class CouncillorReplica extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    public String status;
    /** ENQ-10: a ward-interest copy goes only to the councillors of the enquiry's ward. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "councillor_replica_ward", joinColumns = @JoinColumn(name = "councillor_id"))
    @Column(name = "ward_code")
    public Set<String> wardCodes = new TreeSet<>();

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
