package org.liaison.profile;

/** A council profile Liaison cannot run on; the message names the file and the line and says what to write instead. */
public class CouncilProfileException extends RuntimeException {

    public CouncilProfileException(String location, int line, String problem) {
        super("Council profile " + location + (line > 0 ? ", line " + line : "") + ": " + problem);
    }

    public CouncilProfileException(String location, int line, String problem, Throwable cause) {
        super("Council profile " + location + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
    }
}
