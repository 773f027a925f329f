package org.liaison.media.replica;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.liaison.infrastructure.auth.DirectoryPeople;
import org.liaison.infrastructure.auth.DirectoryPerson;

/** Who signs in, from this service's replicas of the directory's councillors and officers. */
@ApplicationScoped
@Unremovable
public class ReplicatedPeople implements DirectoryPeople {

    @Override
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryPerson> byEmail(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        Optional<DirectoryPerson> councillor = CouncillorReplica.<CouncillorReplica>find("lower(email) = ?1", lower)
                .firstResultOptional()
                .map(c -> new DirectoryPerson(c.id, DirectoryPerson.Side.COUNCILLOR, "ACTIVE".equals(c.status)));
        if (councillor.isPresent()) {
            return councillor;
        }
        return OfficerReplica.<OfficerReplica>find("lower(email) = ?1", lower).firstResultOptional()
                .map(o -> new DirectoryPerson(o.id, DirectoryPerson.Side.OFFICER, "ACTIVE".equals(o.status)));
    }
}
