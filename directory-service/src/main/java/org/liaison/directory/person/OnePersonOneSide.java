package org.liaison.directory.person;

import java.util.Locale;
import org.liaison.directory.councillor.Councillor;
import org.liaison.directory.officer.Officer;
import org.liaison.infrastructure.problem.ProblemException;

/**
 * DIR-1: nobody is both an officer and a councillor of the council. An email address (compared without
 * regard to case) used by one cannot be used by the other.
 */
public final class OnePersonOneSide {

    private OnePersonOneSide() {
    }

    public static void requireNotAnOfficer(String email) {
        if (Officer.count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.conflict("DIR-1", "email", "An officer already uses " + email + ". Nobody can be both an officer "
                    + "and a councillor of the council (DIR-1): check the address, or end the officer's record first.");
        }
    }

    public static void requireNotACouncillor(String email) {
        if (Councillor.count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.conflict("DIR-1", "email", "A councillor already uses " + email + ". Nobody can be both an officer "
                    + "and a councillor of the council (DIR-1): check the address.");
        }
    }
}
