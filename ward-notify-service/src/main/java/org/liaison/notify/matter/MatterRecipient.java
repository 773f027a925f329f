package org.liaison.notify.matter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** HUB-6: a councillor who had to be told of a matter, from when and why; kept as evidence. */
@Entity
@Table(name = "matter_recipient")
@IdClass(MatterRecipient.Key.class)
public class MatterRecipient extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID matterId;
        public String councillorId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(matterId, key.matterId)
                    && java.util.Objects.equals(councillorId, key.councillorId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(matterId, councillorId);
        }
    }

    @Id
    @Column(name = "matter_id")
    public UUID matterId;

    @Id
    @Column(name = "councillor_id")
    public String councillorId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "concerned_since")
    public Instant concernedSince;

    /** registered, joined a ward, ward added. */
    public String why;

    /** Set when the matter stopped concerning them (their ward was taken off it). */
    @Column(name = "removed_at")
    public Instant removedAt;

    /** NTF-2: the views they gave on a consultation they were consulted on, and when (the last given). */
    public String views;

    @Column(name = "views_given_at")
    public Instant viewsGivenAt;
}
