package org.liaison.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.DirectoryApi;

/**
 * The names lists show beside a directory id, asked of directory-service once per person per request; someone the
 * directory will not describe to this reader is shown by id.
 */
@RequestScoped
public class PeopleNames {

    private final DirectoryApi directory;
    private final Map<String, String> officers = new HashMap<>();
    private final Map<String, String> councillors = new HashMap<>();

    PeopleNames(@RestClient DirectoryApi directory) {
        this.directory = directory;
    }

    /** An officer's name, or "Not yet assigned" for none. */
    public String officer(String officerId) {
        if (officerId == null) {
            return "Not yet assigned";
        }
        return officers.computeIfAbsent(officerId, id -> {
            try {
                return directory.officer(id).displayName();
            } catch (WebApplicationException e) {
                return id;
            }
        });
    }

    public String councillor(String councillorId) {
        return councillors.computeIfAbsent(councillorId, id -> {
            try {
                return directory.councillor(id).displayName();
            } catch (WebApplicationException e) {
                return id;
            }
        });
    }
}
