package org.liaison.media.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How releases name parties (MR-3, MR-12), all of it configuration of the council profile ({@link MediaSettings}):
 * <ul>
 * <li>{@code names}: full names ("Labour", "Green Party") and the directory's political group names, counted wherever
 * they stand as whole words;</li>
 * <li>{@code aliases}: other names that are never ordinary words ("Tories" → Conservative, "Lib Dems" → Liberal
 * Democrat), counted wherever they stand, like names;</li>
 * <li>{@code shortForms}: abbreviations and short forms that are also ordinary words or other abbreviations ("Lab",
 * "Con", "LD", "Green", "Reform", "Plaid"), counted only where they attribute a party to someone (see
 * {@link PartyMentions}).</li>
 * </ul>
 */
public record PartyVocabulary(List<String> names, Map<String, String> aliases, Map<String, String> shortForms) {

    public static final PartyVocabulary NONE = new PartyVocabulary(List.of(), Map.of(), Map.of());

    public PartyVocabulary {
        names = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .distinct().toList();
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        shortForms = shortForms == null ? Map.of() : Map.copyOf(shortForms);
    }

    /**
     * The vocabulary from the profile's settings: {@code aliasEntries} and {@code shortFormEntries} are
     * {@code "form=Party"} (e.g. {@code "Lab=Labour"}); the directory's {@code groupNames} are added to the names.
     */
    public static PartyVocabulary of(Collection<String> names, Collection<String> aliasEntries,
            Collection<String> shortFormEntries, Collection<String> groupNames) {
        LinkedHashSet<String> all = new LinkedHashSet<>(names);
        all.addAll(groupNames);
        return new PartyVocabulary(new ArrayList<>(all), entries("liaison.media.party-aliases", aliasEntries),
                entries("liaison.media.party-short-forms", shortFormEntries));
    }

    private static Map<String, String> entries(String setting, Collection<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(setting + ": \"" + entry + "\" is not of the form short=Party "
                        + "(e.g. Lab=Labour)");
            }
            map.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return map;
    }
}
