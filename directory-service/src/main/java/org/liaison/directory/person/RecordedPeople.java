package org.liaison.directory.person;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.liaison.directory.councillor.Councillor;
import org.liaison.directory.officer.Officer;
import org.liaison.infrastructure.auth.DirectoryPeople;
import org.liaison.infrastructure.auth.DirectoryPerson;

/** Who signs in, from the directory's own records (DIR-1 keeps an email on one side only). */
@ApplicationScoped
@Unremovable
public class RecordedPeople implements DirectoryPeople {

    @Override
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryPerson> byEmail(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        Optional<DirectoryPerson> councillor = Councillor.<Councillor>find("lower(email) = ?1", lower).firstResultOptional()
                .map(c -> new DirectoryPerson(c.id.toString(), DirectoryPerson.Side.COUNCILLOR, c.status == Councillor.Status.ACTIVE));
        if (councillor.isPresent()) {
            return councillor;
        }
        return Officer.<Officer>find("lower(email) = ?1", lower).firstResultOptional()
                .map(o -> new DirectoryPerson(o.id.toString(), DirectoryPerson.Side.OFFICER, o.status == Officer.Status.ACTIVE));
    }
}
