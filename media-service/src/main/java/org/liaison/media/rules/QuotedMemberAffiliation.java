package org.liaison.media.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.CouncillorMentions.AmbiguousMention;
import org.liaison.media.rules.CouncillorMentions.Mention;
import org.liaison.media.rules.PartyMentions.PartyMention;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;
import org.liaison.media.rules.RuleSnapshot.Councillor;

/**
 * MR-3: no party political affiliation is attributed to a quoted member — neither in the quote (its speaker's name as
 * given and its words) nor where the title or body introduces the member.
 *
 * <p>A quoted member is the councillor a COUNCILLOR quote names by directory id, or else by the name given with it.
 * Wherever the title or body names them ({@link CouncillorMentions}), the words that introduce them are their
 * attribution: up to five words before the name in the same clause ("Labour councillor Grace Powell", "Lib Dem Cllr
 * Evans") and what follows the name up to the verb of speech, a quotation mark, the end of the sentence or the next
 * councillor named ("Councillor Grace Powell (Lab), Cabinet Member for Environment, said"). A party named there
 * ({@link PartyMentions}) is an affiliation. A surname that fits several councillors, one of them quoted, counts as
 * the quoted one (the finding names the candidates).
 */
public final class QuotedMemberAffiliation {

    private static final int WORDS_BEFORE = 5;
    private static final int MAX_AFTER = 160;
    private static final Pattern ATTRIBUTION_ENDS = Pattern.compile("[.!?;:\"“”\\n]|(?<![\\p{L}])(?i:said|says|added|adds"
            + "|explained|explains|commented|comments|told|tells|welcomed|welcomes|announced|announces|stated|states|urged"
            + "|urges|noted|notes|praised|praises|thanked|thanks)(?![\\p{L}])");

    public List<Finding> check(ReleaseContent release, RuleSnapshot snapshot) {
        PartyMentions parties = new PartyMentions(snapshot.parties());
        CouncillorMentions councillors = new CouncillorMentions(snapshot.councillors());
        List<Finding> findings = new ArrayList<>();
        Set<Councillor> quoted = new LinkedHashSet<>();
        for (int i = 0; i < release.quotes().size(); i++) {
            Quote quote = release.quotes().get(i);
            if (quote.speakerType() != PersonType.COUNCILLOR) {
                continue;
            }
            List<PartyMention> named = new ArrayList<>(parties.in(quote.name()));
            named.addAll(parties.in(quote.text()));
            if (!named.isEmpty()) {
                findings.add(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political "
                        + "affiliation, but this quote names " + named.get(0).described() + ".", "quotes[" + i + "]"));
            }
            Councillor speaker = snapshot.councillor(quote.speakerId());
            if (speaker == null && quote.name() != null) {
                List<Councillor> byName = councillors.in(quote.name()).councillors();
                speaker = byName.size() == 1 ? byName.get(0) : null;
            }
            if (speaker != null) {
                quoted.add(speaker);
            }
        }
        if (!quoted.isEmpty()) {
            attributions(release.title(), "title", quoted, parties, councillors, findings);
            attributions(release.body(), "body", quoted, parties, councillors, findings);
        }
        return findings;
    }

    private static void attributions(String text, String field, Set<Councillor> quoted, PartyMentions parties,
            CouncillorMentions councillors, List<Finding> findings) {
        CouncillorMentions.Found found = councillors.in(text);
        if (found.isEmpty()) {
            return;
        }
        List<PartyMention> partiesNamed = parties.in(text);
        List<int[]> spans = found.spans();
        Set<String> reported = new LinkedHashSet<>();
        for (Mention mention : found.mentions()) {
            if (quoted.contains(mention.councillor())) {
                report(text, field, mention.start(), mention.end(), mention.councillor().displayName(), spans,
                        partiesNamed, reported, findings);
            }
        }
        for (AmbiguousMention mention : found.ambiguous()) {
            if (mention.candidates().stream().anyMatch(quoted::contains)) {
                report(text, field, mention.start(), mention.end(), "\"" + mention.text() + "\" (" + mention.candidateNames()
                        + ")", spans, partiesNamed, reported, findings);
            }
        }
    }

    private static void report(String text, String field, int start, int end, String who, List<int[]> spans,
            List<PartyMention> partiesNamed, Set<String> reported, List<Finding> findings) {
        int from = introductionStart(text, start);
        int to = introductionEnd(text, end, spans);
        List<PartyMention> attributed = partiesNamed.stream()
                .filter(p -> p.start() >= from && p.end() <= start || p.start() >= end && p.end() <= to).toList();
        if (attributed.isEmpty() || !reported.add(who)) {
            return;
        }
        findings.add(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political affiliation, but "
                + "the " + field + " introduces " + who + " with " + attributed.stream().map(PartyMention::described)
                        .distinct().collect(Collectors.joining(", ")) + ": \"" + text.substring(from, to).strip() + "\".",
                field));
    }

    /** Up to {@link #WORDS_BEFORE} words before {@code start}, not crossing a comma, bracket, quote or sentence end. */
    private static int introductionStart(String text, int start) {
        int at = start;
        int words = 0;
        while (at > 0 && words < WORDS_BEFORE) {
            int wordEnd = at;
            while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetterOrDigit(text.charAt(wordStart - 1))
                    || "'’-".indexOf(text.charAt(wordStart - 1)) >= 0)) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            at = wordStart;
            words++;
        }
        return at;
    }

    /** Up to the verb of speech, a quotation mark, the sentence's end or the next councillor's introduction. */
    private static int introductionEnd(String text, int end, List<int[]> spans) {
        int to = Math.min(text.length(), end + MAX_AFTER);
        Matcher stop = ATTRIBUTION_ENDS.matcher(text).region(end, to);
        if (stop.find()) {
            to = stop.start();
        }
        for (int[] span : spans) {
            if (span[0] >= end) {
                to = Math.min(to, introductionStart(text, span[0]));
                break;
            }
        }
        return Math.max(end, to);
    }
}
