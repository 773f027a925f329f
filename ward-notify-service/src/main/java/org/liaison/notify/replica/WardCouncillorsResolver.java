package org.liaison.notify.replica;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Who represents a set of wards right now, according to the replica: the recipients of ward notices. */
@ApplicationScoped
public class WardCouncillorsResolver {

    public List<CouncillorReplica> activeCouncillorsOf(Collection<String> wardCodes) {
        return CouncillorReplica.<CouncillorReplica>list(
                "select distinct c from CouncillorReplica c join c.wardCodes w where w in ?1 and c.status = 'ACTIVE' "
                        + "order by c.displayName", wardCodes);
    }

    /** The same councillors' ids only: a borough-wide matter's thousands of recipients without loading each one. */
    public List<String> activeCouncillorIdsOf(Collection<String> wardCodes) {
        return CouncillorReplica.getEntityManager().createQuery(
                "select distinct c.id from CouncillorReplica c join c.wardCodes w where w in ?1 and c.status = 'ACTIVE'",
                String.class).setParameter(1, wardCodes).getResultList();
    }
}
