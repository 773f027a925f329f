package org.liaison.media.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parties a text names (MR-3, MR-12), however a council's comms team writes them.
 *
 * <p>Every form is matched as a whole word or phrase (so "Labour" is not found in "Labourer", "Con" not in
 * "consultation", "Lab" not in "laboratory") and with its capitals as configured, or in capitals throughout as in a
 * headline (so "Labour" and "LABOUR" count, but "labour costs", "a green space", "conservative estimate" or "reform of
 * the bus network" do not).
 *
 * <p>Names and aliases ({@link PartyVocabulary}) count wherever they stand. Short forms are also ordinary words or
 * other abbreviations ("Green Lane", "the Science Lab", "LD" for learning disability), so one counts only where it
 * attributes a party to someone:
 * <ul>
 * <li>in brackets after a name or title: "Councillor Grace Powell (Lab)", "Cllr Evans (Lab/Co-op)", "Cabinet Member
 * for Housing (Con)" — but not a bracket that spells out the capitals of the words before it, as in "Learning
 * Disability (LD)";</li>
 * <li>right before a word for a party's people: "Green councillors", "the Reform group", "Lab spokesperson" — but not
 * when it ends a longer proper name mid-sentence, as in "the Abbey Green councillors" (a ward).</li>
 * </ul>
 */
public final class PartyMentions {

    /** A party named at {@code [start, end)} of the text, as {@code text}. */
    public record PartyMention(String party, String text, int start, int end) {
        /** {@code "Lab" (Labour)}, or {@code "Labour"} when the text is the party's own name. */
        public String described() {
            return text.equals(party) ? "\"" + text + "\"" : "\"" + text + "\" (" + party + ")";
        }
    }

    private record Term(String form, String party, Pattern pattern, boolean attributionOnly) {
    }

    private static final Pattern PARTY_PEOPLE = Pattern.compile("^[\\s\\u00A0]+(?:councillors?|cllrs?|group|party|members?"
            + "|candidates?|leader|spokesperson|administration|opposition|MPs?)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private final List<Term> terms = new ArrayList<>();

    public PartyMentions(PartyVocabulary vocabulary) {
        vocabulary.names().forEach(name -> terms.add(term(name, name, false)));
        vocabulary.aliases().forEach((alias, party) -> terms.add(term(alias, party, false)));
        vocabulary.shortForms().forEach((form, party) -> terms.add(term(form, party, true)));
    }

    /** Every party named in {@code text}, in order; where two forms overlap ("Green Party", "Green") the longer. */
    public List<PartyMention> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<PartyMention> found = new ArrayList<>();
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(text);
            while (m.find()) {
                if (!term.attributionOnly() || attributes(text, m.start(), m.end(), term.form())) {
                    found.add(new PartyMention(term.party(), m.group(), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(PartyMention::start).thenComparing(p -> p.start() - p.end()));
        List<PartyMention> kept = new ArrayList<>();
        for (PartyMention mention : found) {
            if (kept.isEmpty() || mention.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** The first party named in {@code text}, or null. */
    public PartyMention first(String text) {
        List<PartyMention> all = in(text);
        return all.isEmpty() ? null : all.get(0);
    }

    private static Term term(String form, String party, boolean attributionOnly) {
        String[] words = form.strip().split("\\s+");
        StringBuilder exact = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                exact.append("[\\s\\u00A0]+");
                upper.append("[\\s\\u00A0]+");
            }
            exact.append(Pattern.quote(words[i]));
            upper.append(Pattern.quote(words[i].toUpperCase(java.util.Locale.ROOT)));
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + exact + "|" + upper + ")(?![\\p{L}\\p{N}])");
        return new Term(form.strip(), party, pattern, attributionOnly);
    }

    /** True if the short form at {@code [start, end)} gives someone a party (see the class comment). */
    private static boolean attributes(String text, int start, int end, String form) {
        int open = skipSpaceBack(text, start);
        if (open > 0 && text.charAt(open - 1) == '(') {
            int wordEnd = skipSpaceBack(text, open - 1);
            int wordStart = wordStartBack(text, wordEnd);
            return wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart))
                    && !spellsOutWordsBefore(text, wordEnd, form);
        }
        if (PARTY_PEOPLE.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()) {
            int wordEnd = skipSpaceBack(text, start);
            int wordStart = wordStartBack(text, wordEnd);
            boolean afterCapitalisedWord = wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart));
            return !afterCapitalisedWord || startsSentence(text, wordStart);
        }
        return false;
    }

    /** "Learning Disability (LD)": the form is the capitals of the words just before the bracket. */
    private static boolean spellsOutWordsBefore(String text, int end, String form) {
        if (form.length() < 2 || !form.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        int at = end;
        for (int i = 0; i < form.length(); i++) {
            int wordStart = wordStartBack(text, at);
            if (wordStart == at) {
                return false;
            }
            initials.insert(0, Character.toUpperCase(text.charAt(wordStart)));
            at = skipSpaceBack(text, wordStart);
        }
        return initials.toString().equals(form);
    }

    private static boolean startsSentence(String text, int wordStart) {
        int before = skipSpaceBack(text, wordStart);
        return before == 0 || ".!?:;\"“”‘(\n".indexOf(text.charAt(before - 1)) >= 0;
    }

    private static int skipSpaceBack(String text, int at) {
        while (at > 0 && (Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '\u00A0')) {
            at--;
        }
        return at;
    }

    private static int wordStartBack(String text, int end) {
        int at = end;
        while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || "'’-".indexOf(text.charAt(at - 1)) >= 0)) {
            at--;
        }
        return at;
    }
}
