package org.liaison.directory.councillor;

import java.util.List;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** DIR-2: a councillor represents at least one ward (a ward may have several councillors). */
public final class CouncillorWards {

    private CouncillorWards() {
    }

    public static void requireAtLeastOneWard(List<String> wardCodes) {
        if (wardCodes == null || wardCodes.isEmpty()) {
            throw new ProtocolRuleViolation("DIR-2",
                    "A councillor must represent at least one ward: give the ward codes in wardCodes.",
                    List.of(new Problem.FieldError("wardCodes", "must name at least one ward (DIR-2)")));
        }
    }
}
