package org.liaison.media.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liaison.media.rules.RuleSnapshot.Councillor;

/**
 * Finds councillors in a release's text however it names them (MR-3, MR-7).
 *
 * <p>A directory display name may carry a title ("Cllr Ben Lowe", "Councillor Dr Ada Price") and post-nominals
 * ("Cllr Ann Field MBE"); what is left is the person's name, whose last word is taken as the surname (so a surname of
 * several words, "van der Berg", is found only by the full name). A text names a councillor by:
 * <ul>
 * <li>the full name, with or without "Councillor", "Cllr", "Cllr." or "Coun." (and an optional "Dr", "Mrs", … after
 * it), in any case: "Ben Lowe", "Cllr Ben Lowe", "Councillor Ben Lowe", "COUNCILLOR BEN LOWE". This finds former
 * councillors too; the rule decides whether that matters;</li>
 * <li>a title and the surname, optionally with an initial: "Cllr Evans", "Councillor Lowe", "Cllr B. Lowe". The
 * surname is spelt with the directory's capitals ("Councillor Green", never "councillor green space"), and counts only
 * if it identifies one active councillor; when it fits several, it is an {@link AmbiguousMention} naming them.</li>
 * </ul>
 * A name is a whole word: "Cllr Jones" is not found in "Cllr Shah-Jones", but "Cllr Lowe's" is "Cllr Lowe". A
 * surname alone without a title ("Lowe said") is not taken as a mention: too many surnames are also words or
 * other people's names.
 */
public final class CouncillorMentions {

    /** {@code councillor} named at {@code [start, end)} as {@code text}. */
    public record Mention(Councillor councillor, String text, int start, int end) {
    }

    /** {@code text} at {@code [start, end)} names one of {@code candidates}, and nothing says which. */
    public record AmbiguousMention(String text, int start, int end, List<Councillor> candidates) {
        public String candidateNames() {
            return candidates.stream().map(Councillor::displayName).collect(Collectors.joining(" or "));
        }
    }

    /** What a text names, in order of where it stands. */
    public record Found(List<Mention> mentions, List<AmbiguousMention> ambiguous) {
        public boolean isEmpty() {
            return mentions.isEmpty() && ambiguous.isEmpty();
        }

        /** The councillors named, each once, in order of first mention. */
        public List<Councillor> councillors() {
            return mentions.stream().map(Mention::councillor).distinct().toList();
        }

        /** Where each mention or ambiguous mention starts and ends, in order. */
        List<int[]> spans() {
            List<int[]> spans = new ArrayList<>();
            mentions.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
            ambiguous.forEach(a -> spans.add(new int[] {a.start(), a.end()}));
            spans.sort(Comparator.comparingInt(s -> s[0]));
            return spans;
        }
    }

    static final String TITLE = "(?:(?i:cllr|councillor|coun)\\.?[\\s\\u00A0]+)";
    static final String HONORIFIC = "(?:(?i:dr|mr|mrs|ms|miss|mx|prof)\\.?[\\s\\u00A0]+)";
    private static final Pattern DISPLAY_TITLES = Pattern.compile("^" + TITLE + "?" + HONORIFIC + "?");
    private static final Pattern POST_NOMINALS = Pattern.compile("(?:[\\s\\u00A0,]+(?:MBE|OBE|CBE|BEM|JP|DL))+$");
    private static final String LEFT = "(?<![\\p{L}\\p{N}-])";
    private static final String RIGHT = "(?![\\p{L}\\p{N}]|-\\p{L})";

    private record Person(Councillor councillor, String given, String surname, Pattern fullName) {
    }

    private record Hit(int start, int end, String text, List<Councillor> candidates) {
    }

    private final List<Person> people = new ArrayList<>();
    private final Map<String, Pattern> bySurname = new LinkedHashMap<>();

    public CouncillorMentions(List<Councillor> councillors) {
        for (Councillor councillor : councillors) {
            if (councillor.displayName() == null || councillor.displayName().isBlank()) {
                continue;
            }
            String name = POST_NOMINALS.matcher(DISPLAY_TITLES.matcher(councillor.displayName().strip()).replaceFirst(""))
                    .replaceFirst("");
            String[] words = name.split("[\\s\\u00A0]+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String joined = Arrays.stream(words).map(CouncillorMentions::spelt)
                    .collect(Collectors.joining("[\\s\\u00A0]+"));
            // a one-word name ("Lowe") is found only after a title, as a surname is
            String title = words.length > 1 ? TITLE + "?" : TITLE;
            Pattern full = Pattern.compile(LEFT + title + HONORIFIC + "?" + "(?iu:" + joined + ")" + RIGHT);
            String surname = words[words.length - 1];
            people.add(new Person(councillor, words.length > 1 ? words[0] : "", surname, full));
            bySurname.computeIfAbsent(surname, s -> Pattern.compile(LEFT + TITLE + HONORIFIC + "?"
                    + "(?:(\\p{Lu})\\.?[\\s\\u00A0]+)?" + spelt(s) + RIGHT));
        }
    }

    /** {@code word} literally, except that a straight and a curly apostrophe stand for each other (O'Neill, O’Neill). */
    private static String spelt(String word) {
        return Arrays.stream(word.split("['’]", -1)).map(Pattern::quote).collect(Collectors.joining("['’]"));
    }

    /** The councillors {@code text} names, and the names that fit several. */
    public Found in(String text) {
        if (text == null || text.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Person person : people) {
            Matcher m = person.fullName().matcher(text);
            while (m.find()) {
                Hit hit = hits.computeIfAbsent(m.start() + ":" + m.end(),
                        k -> new Hit(m.start(), m.end(), m.group(), new ArrayList<>()));
                hit.candidates().add(person.councillor());
            }
        }
        bySurname.forEach((surname, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String initial = m.group(1);
                List<Councillor> candidates = people.stream()
                        .filter(p -> p.surname().equals(surname) && p.councillor().active())
                        .filter(p -> initial == null || p.given().startsWith(initial))
                        .map(Person::councillor).toList();
                if (!candidates.isEmpty()) {
                    hits.putIfAbsent(m.start() + ":" + m.end(), new Hit(m.start(), m.end(), m.group(),
                            new ArrayList<>(candidates)));
                }
            }
        });
        List<Hit> ordered = new ArrayList<>(hits.values());
        ordered.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.start() - h.end()));
        List<Mention> mentions = new ArrayList<>();
        List<AmbiguousMention> ambiguous = new ArrayList<>();
        int covered = -1;
        for (Hit hit : ordered) {
            if (hit.start() < covered) {
                continue; // inside a longer name already taken ("Ben Lowe" in "Councillor Ben Lowe")
            }
            covered = hit.end();
            List<Councillor> candidates = hit.candidates();
            if (candidates.size() > 1 && candidates.stream().anyMatch(Councillor::active)) {
                candidates = candidates.stream().filter(Councillor::active).toList(); // the active namesake is meant
            }
            if (candidates.size() == 1) {
                mentions.add(new Mention(candidates.get(0), hit.text(), hit.start(), hit.end()));
            } else {
                ambiguous.add(new AmbiguousMention(hit.text(), hit.start(), hit.end(), List.copyOf(candidates)));
            }
        }
        return new Found(List.copyOf(mentions), List.copyOf(ambiguous));
    }
}
