package org.cxworkbench.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A first column mapping guessed from a file's headers: a header that is a measurement point's question (in any of
 * its languages), its name or its id becomes that point's answer column; headers such as "Response ID",
 * "Timestamp" or "Segment" take those roles. Matching ignores case, accents' composition, surrounding
 * punctuation and repeated spaces, nothing more, so a suggestion is never a surprise; what was matched is
 * reported in {@link #matches()} for the user to check, and the mapping can be saved and edited.
 *
 * @param matches one line per matched column: header, what it was taken for, and why
 */
public record MappingSuggestion(ColumnMapping mapping, List<String> matches, List<String> unmatched) {

    private static final Map<String, List<String>> ROLE_HEADERS = Map.of(
            ColumnMapping.RESPONDENT, List.of("respondent", "respondent id", "response id", "responseid",
                    "respondentid", "id", "vastaaja", "vastaajan tunnus", "respondent-id"),
            ColumnMapping.TIME, List.of("time", "timestamp", "date", "submitted", "submitdate", "recordeddate",
                    "enddate", "end date", "date submitted", "aikaleima", "päivämäärä", "tidsstämpel", "datum"),
            ColumnMapping.SEGMENT, List.of("segment", "customer segment", "asiakassegmentti", "kundsegment"),
            ColumnMapping.ACCOUNT, List.of("account", "company", "customer", "asiakas", "yritys", "kund", "företag"),
            ColumnMapping.CONTACT, List.of("contact", "email", "e-mail", "sähköposti", "e-post"),
            ColumnMapping.CHANNEL, List.of("channel", "kanava", "kanal"),
            ColumnMapping.LANGUAGE, List.of("language", "userlanguage", "lang", "kieli", "språk"),
            ColumnMapping.WEIGHT, List.of("weight", "paino", "vikt"));

    public static MappingSuggestion suggest(List<String> headers, Journey journey) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        List<String> matches = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String header : headers) {
            String key = normalize(header);
            MeasurementPoint point = null;
            String why = null;
            for (MeasurementPoint candidate : journey.getMeasurementPoints()) {
                for (LocalizedText question : candidate.getQuestions()) {
                    if (question.getText() != null && normalize(question.getText()).equals(key)) {
                        why = NLS.bind(Messages.Mapping_pointByQuestion, new Object[] {header, candidate.getName(),
                                question.getLanguage()});
                    }
                }
                if (why == null && candidate.getName() != null && normalize(candidate.getName()).equals(key)) {
                    why = NLS.bind(Messages.Mapping_pointByName, header, candidate.getName());
                }
                if (why == null && key.equals(normalize(candidate.getId()))) {
                    why = NLS.bind(Messages.Mapping_pointById, header, candidate.getName());
                }
                if (why != null) {
                    point = candidate;
                    break;
                }
            }
            if (point != null && !answers.containsValue(point.getId())) {
                answers.put(header, point.getId());
                matches.add(why);
                continue;
            }
            String role = roleOf(key);
            if (role != null && !roles.containsKey(role)) {
                roles.put(role, header);
                matches.add(NLS.bind(Messages.Mapping_role, header, role));
                continue;
            }
            unmatched.add(header);
        }
        return new MappingSuggestion(new ColumnMapping(answers, Map.of(), roles), List.copyOf(matches),
                List.copyOf(unmatched));
    }

    private static String roleOf(String key) {
        for (Map.Entry<String, List<String>> role : ROLE_HEADERS.entrySet()) {
            if (role.getValue().contains(key)) {
                return role.getKey();
            }
        }
        return null;
    }

    /** Lower case, one composition, single spaces, no punctuation at the ends: how people retype a question. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        return s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }
}
