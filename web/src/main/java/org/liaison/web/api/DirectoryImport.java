package org.liaison.web.api;

/**
 * directory-service's answer to a CSV import (DIR-7): how many rows the file had, how many changed the directory and
 * how many were already as the file says. A file with any bad row is refused whole (422), each bad cell listed with
 * its line ({@link Problem.FieldError#line()}).
 */
public record DirectoryImport(String kind, int rows, int changed, int unchanged) {
}
