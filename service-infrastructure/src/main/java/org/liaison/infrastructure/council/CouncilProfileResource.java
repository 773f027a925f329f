package org.liaison.infrastructure.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.profile.CouncilProfile;
import org.liaison.profile.CouncilProfiles;
import org.liaison.profile.Setting;

/**
 * {@code GET /council-profile}: the council profile this service runs on, every setting with its value, the line of
 * the file it came from, and whether Liaison honours it today ({@code enforced: false} = read and shown only).
 */
@Path("/council-profile")
public class CouncilProfileResource {

    public record SettingView(String key, String point, List<String> rules, Object value, boolean enforced,
            String enforcement, String description, int line) {
        static SettingView from(Setting setting) {
            return new SettingView(setting.key(), setting.point().isEmpty() ? null : setting.point(), setting.rules(),
                    setting.value(), setting.enforced(), setting.enforcement(), setting.description(), setting.line());
        }
    }

    public record ProfileView(String name, String council, String basedOn, String source, List<SettingView> settings) {
        static ProfileView from(CouncilProfile profile) {
            return new ProfileView(profile.name(), profile.council(), profile.basedOn(), profile.location(),
                    profile.settings().stream().map(SettingView::from).toList());
        }
    }

    private final ProfileView view;

    CouncilProfileResource(@ConfigProperty(name = CouncilProfiles.SELECTOR, defaultValue = CouncilProfiles.DEFAULT)
            String selected) {
        this.view = ProfileView.from(CouncilProfiles.load(selected));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCILLOR, Roles.OFFICER, Roles.MEMBERS_SERVICES, Roles.COMMS, Roles.CHIEF_EXECUTIVE,
            Roles.MONITORING_OFFICER, Roles.ADMIN})
    @Operation(summary = "The council profile in force: every setting, its source line, and whether it is enforced yet")
    public ProfileView profile() {
        return view;
    }
}
