package org.liaison.directory.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.ProblemException;

@ApplicationScoped
public class WardService {

    private final Outbox outbox;

    WardService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Creates a ward and announces it on {@code directory.wards} in the same transaction (DIR-6). */
    @Transactional
    public Ward create(WardRequest request) {
        if (Ward.findById(request.code()) != null) {
            throw ProblemException.conflict(null, "Ward " + request.code() + " already exists; update it with PUT /wards/"
                    + request.code() + " instead.");
        }
        Ward ward = new Ward();
        ward.code = request.code();
        ward.name = request.name().strip();
        ward.persist();
        outbox.publish(Topic.DIRECTORY_WARDS, ward.code, EventType.WARD_STATE, ward.toRecord());
        return ward;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ward get(String code) {
        Ward ward = Ward.findById(code);
        if (ward == null) {
            throw ProblemException.notFound("There is no ward with code " + code + ".");
        }
        return ward;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ward> list() {
        return Ward.listAll(io.quarkus.panache.common.Sort.by("code"));
    }
}
