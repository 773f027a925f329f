package org.liaison.notify.matter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** HUB-5: how a councillor takes informational matters — at once (the default) or in a daily digest. */
@Entity
@Table(name = "councillor_preference")
public class CouncillorPreference extends PanacheEntityBase {

    @Id
    @Column(name = "councillor_id")
    public String councillorId;

    @Column(name = "daily_digest")
    public boolean dailyDigest;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static boolean takesDigest(String councillorId) {
        CouncillorPreference preference = findById(councillorId);
        return preference != null && preference.dailyDigest;
    }

    /** Of {@code councillorIds}, those who take informational matters in their daily digest. */
    public static java.util.Set<String> digestTakers(java.util.Collection<String> councillorIds) {
        if (councillorIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(getEntityManager().createQuery(
                "select p.councillorId from CouncillorPreference p where p.dailyDigest = true and p.councillorId in ?1",
                String.class).setParameter(1, java.util.Set.copyOf(councillorIds)).getResultList());
    }
}
