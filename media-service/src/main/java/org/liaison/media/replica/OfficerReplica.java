package org.liaison.media.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer as directory-service last published it: enough to know who signs in. */
@Entity
@Table(name = "officer_replica")
public class OfficerReplica extends PanacheEntityBase {

    @Id
    public String id;
    public String email;
    public String status;
}
