package org.liaison.directory.relationship;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.stream.Stream;

/** P9, DIR-5: the council profile's {@code relationships} settings (docs/council-profiles.md). */
@ConfigMapping(prefix = "liaison.relationships")
public interface RelationshipPolicy {

    /** Who the councillor tells of a relationship; NONE for nobody beyond the register's keepers. */
    @WithDefault("MONITORING_OFFICER,CHIEF_EXECUTIVE")
    List<String> councillorTells();

    /** Who the officer tells. */
    @WithDefault("MONITORING_OFFICER,CHIEF_EXECUTIVE")
    List<String> officerTells();

    /** Everyone told, by either of the two. */
    default List<RelationshipReaders.Reader> told() {
        return Stream.concat(councillorTells().stream(), officerTells().stream()).filter(value -> !value.equals("NONE"))
                .distinct().map(RelationshipReaders.Reader::valueOf).toList();
    }
}
