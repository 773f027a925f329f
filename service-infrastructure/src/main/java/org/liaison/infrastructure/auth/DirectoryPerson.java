package org.liaison.infrastructure.auth;

/** A person as the directory knows them, as far as signing in needs: which record, which side, whether current. */
public record DirectoryPerson(String id, Side side, boolean current) {

    /** DIR-1 keeps the two sides apart: nobody is both. */
    public enum Side { COUNCILLOR, OFFICER }
}
