package org.liaison.infrastructure.auth;

import java.util.Optional;

/**
 * Finds the councillor or officer an email address belongs to, compared without regard to case (DIR-1 keeps it
 * unique). Each service implements it over the data it has: directory-service its own records, the others their
 * replicas of the directory topics.
 */
public interface DirectoryPeople {

    Optional<DirectoryPerson> byEmail(String email);
}
