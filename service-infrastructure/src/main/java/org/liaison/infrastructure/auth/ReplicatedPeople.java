package org.liaison.infrastructure.auth;

import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who signs in, from the service's replicas of the directory's councillors and officers ({@code councillor_replica},
 * {@code officer_replica}, the same in every service that replicates them). directory-service, which has the records
 * themselves, brings its own {@link DirectoryPeople}.
 */
@DefaultBean
@ApplicationScoped
@Unremovable
public class ReplicatedPeople implements DirectoryPeople {

    private final EntityManager entityManager;

    ReplicatedPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryPerson> byEmail(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        return find("councillor_replica", lower, DirectoryPerson.Side.COUNCILLOR)
                .or(() -> find("officer_replica", lower, DirectoryPerson.Side.OFFICER));
    }

    private Optional<DirectoryPerson> find(String replica, String email, DirectoryPerson.Side side) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, status from " + replica + " where lower(email) = ?1 limit 1")
                .setParameter(1, email).getResultList();
        return rows.stream().findFirst()
                .map(row -> new DirectoryPerson((String) row[0], side, "ACTIVE".equals(row[1])));
    }
}
