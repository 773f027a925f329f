package org.liaison.media.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;

/** A ward as directory-service last published it: releases and elections may name only these. */
@Entity
@Table(name = "ward_replica")
public class WardReplica extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    /** 422 naming each code (as {@code field[i]}) that is not a ward in the directory. */
    public static void requireKnown(String field, List<String> codes) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (findById(codes.get(i)) == null) {
                unknown.add(new Problem.FieldError(field + "[" + i + "]", "ward " + codes.get(i) + " is not in the directory"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("Every ward named must be in the directory, so that its "
                    + "councillors can be told and the right rules applied.", unknown));
        }
    }
}
