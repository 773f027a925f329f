package org.liaison.directory.councillor;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.liaison.directory.ward.Ward;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;

@ApplicationScoped
public class CouncillorService {

    private final Outbox outbox;
    private final Clock clock;
    private final SecurityIdentity identity;

    CouncillorService(Outbox outbox, Clock clock, SecurityIdentity identity) {
        this.outbox = outbox;
        this.clock = clock;
        this.identity = identity;
    }

    /** Registers a councillor and announces the full record on {@code directory.councillors} (DIR-6). */
    @Transactional
    public CouncillorResponse create(CouncillorRequest request) {
        CouncillorWards.requireAtLeastOneWard(request.wardCodes());
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.wardCodes().size(); i++) {
            String code = request.wardCodes().get(i);
            if (Ward.findById(code) == null) {
                unknown.add(new Problem.FieldError("wardCodes[" + i + "]", "ward " + code + " is not in the directory"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Unprocessable Content", 422,
                    "Add the ward to the directory first (POST /wards), or correct the code.", null, unknown));
        }
        if (Councillor.count("lower(email) = ?1", request.email().toLowerCase()) > 0) {
            throw ProblemException.conflict(null, "A councillor with email " + request.email() + " already exists.");
        }
        Councillor councillor = new Councillor();
        councillor.id = UUID.randomUUID();
        councillor.displayName = request.displayName().strip();
        councillor.email = request.email().strip();
        councillor.phone = request.phone();
        councillor.groupCode = request.groupCode();
        councillor.wardCodes = new TreeSet<>(request.wardCodes());
        councillor.createdAt = clock.instant();
        councillor.updatedAt = councillor.createdAt;
        councillor.persist();
        outbox.publish(Topic.DIRECTORY_COUNCILLORS, councillor.id.toString(), EventType.COUNCILLOR_STATE,
                councillor.toRecord());
        return view(councillor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CouncillorResponse get(UUID id) {
        Councillor councillor = Councillor.findById(id);
        if (councillor == null) {
            throw ProblemException.notFound("There is no councillor with id " + id + ".");
        }
        return view(councillor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CouncillorResponse> inWard(String wardCode) {
        List<Councillor> found = Councillor.list(
                "select distinct c from Councillor c join c.wardCodes w where w = ?1 order by c.displayName", wardCode);
        return found.stream().map(this::view).toList();
    }

    private CouncillorResponse view(Councillor c) {
        boolean mayReadPhone = identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.ADMIN)
                || c.id.toString().equals(identity.getPrincipal().getName());
        return new CouncillorResponse(c.id.toString(), c.displayName, c.email, mayReadPhone ? c.phone : null, c.groupCode,
                new ArrayList<>(c.wardCodes), c.status.name());
    }
}
