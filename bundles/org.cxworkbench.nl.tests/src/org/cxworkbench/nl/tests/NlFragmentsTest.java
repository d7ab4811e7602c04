package org.cxworkbench.nl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.service.localization.BundleLocalization;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The language fragments as files and as the framework sees them: attached to the right hosts, every translated key
 * known to the host's English file with the same placeholders and mnemonics, both languages alike, and the Swedish
 * texts reachable the way the platform looks them up (this runtime itself runs in Finnish).
 */
class NlFragmentsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyHostHasItsFragmentAttached() {
        for (String host : NlFragments.HOSTS) {
            Bundle bundle = NlFragments.bundle(host);
            assertThat(bundle).as(host).isNotNull();
            assertThat(NlFragments.attachedTo(bundle)).as("fragments attached to " + host)
                    .contains("org.cxworkbench.nl." + host.substring("org.".length()));
        }
        List<String> fragments = NlFragments.fragments().stream().map(Bundle::getSymbolicName).toList();
        assertThat(fragments).hasSize(NlFragments.HOSTS.size());
        for (Bundle fragment : NlFragments.fragments()) {
            Bundle host = NlFragments.hostOf(fragment);
            assertThat(host).as(fragment.getSymbolicName() + " is attached").isNotNull();
            assertThat(fragment.getSymbolicName()).isEqualTo("org.cxworkbench.nl." + host.getSymbolicName().substring(4));
        }
    }

    @Test
    void translatedKeysExistInTheHostsEnglishFilesWithTheSamePlaceholdersAndMnemonics() throws IOException {
        List<String> problems = new ArrayList<>();
        int fiKeys = 0;
        int svKeys = 0;
        for (Bundle fragment : NlFragments.fragments()) {
            Bundle host = NlFragments.hostOf(fragment);
            List<URL> finnish = fragment.findEntries("/", "*_fi.properties", true) == null ? List.of()
                    : Collections.list(fragment.findEntries("/", "*_fi.properties", true));
            assertThat(finnish).as(fragment.getSymbolicName() + " has Finnish files").isNotEmpty();
            for (URL fi : finnish) {
                String path = fi.getPath();
                String base = path.replace("_fi.properties", ".properties");
                URL sv = fragment.getEntry(path.replace("_fi.properties", "_sv.properties"));
                URL english = host.getEntry(base); // the host's own file: getEntry never looks into fragments
                String where = fragment.getSymbolicName() + path;
                if (english == null) {
                    problems.add(where + ": the host " + host.getSymbolicName() + " has no " + base);
                    continue;
                }
                if (sv == null) {
                    problems.add(where + ": no Swedish twin");
                    continue;
                }
                Properties en = NlFragments.load(english);
                Properties fiTexts = NlFragments.load(fi);
                Properties svTexts = NlFragments.load(sv);
                if (!fiTexts.keySet().equals(svTexts.keySet())) {
                    TreeSet<Object> diff = new TreeSet<>(fiTexts.keySet());
                    diff.addAll(svTexts.keySet());
                    diff.removeIf(k -> fiTexts.containsKey(k) && svTexts.containsKey(k));
                    problems.add(where + ": Finnish and Swedish differ in keys " + diff);
                }
                check(where, en, fiTexts, NlFragments.bytes(fi), problems);
                check(where.replace("_fi.", "_sv."), en, svTexts, NlFragments.bytes(sv), problems);
                fiKeys += fiTexts.size();
                svKeys += svTexts.size();
            }
        }
        assertThat(problems).isEmpty();
        // what a user of the product meets: menus, views, dialogs, commands; far from every key, but not a token few
        assertThat(fiKeys).isGreaterThan(600);
        assertThat(svKeys).isEqualTo(fiKeys);
    }

    private static void check(String where, Properties english, Properties translated, byte[] raw,
            List<String> problems) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] < 0) {
                problems.add(where + ": a byte outside ASCII at " + i + " (write \\u00e4 and the like: NLS reads ISO-8859-1)");
                break;
            }
        }
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            String original = english.getProperty(key);
            if (original == null) {
                problems.add(where + ": key " + key + " is not in the host's English file");
                continue;
            }
            if (!placeholders(original).equals(placeholders(text))) {
                problems.add(where + ": " + key + " has placeholders " + placeholders(text) + ", English "
                        + placeholders(original));
            }
            if (mnemonics(original) != mnemonics(text)) {
                problems.add(where + ": " + key + " has " + mnemonics(text) + " mnemonic(s) '&', English "
                        + mnemonics(original));
            }
            if (text.contains("''")) {
                problems.add(where + ": " + key + " has a doubled apostrophe");
            }
            if (text.isBlank()) {
                problems.add(where + ": " + key + " is empty");
            }
        }
    }

    private static TreeSet<Integer> placeholders(String text) {
        TreeSet<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    /** The number of single '&' (a doubled one is a literal ampersand). */
    private static int mnemonics(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '&') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
                    i++;
                } else {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void pluginXmlNamesComeFromTheFragmentsInFinnishAndSwedish() {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceReference<BundleLocalization> reference = context.getServiceReference(BundleLocalization.class);
        assertThat(reference).isNotNull();
        BundleLocalization localization = context.getService(reference);
        try {
            Map<String, String[]> expected = Map.of(
                    "org.eclipse.ui.ide/Views.Problem", new String[] { "Ongelmat", "Problem" },
                    "org.eclipse.ui.ide/Views.Progress", new String[] { "Edistyminen", "Förlopp" },
                    "org.eclipse.ui.ide/PreferencePages.Workbench", new String[] { "Yleiset", "Allmänt" },
                    "org.eclipse.ui.views/Views.ContentOutline", new String[] { "Jäsennys", "Disposition" },
                    "org.eclipse.ui.views/Views.PropertySheet", new String[] { "Ominaisuudet", "Egenskaper" },
                    "org.eclipse.ui.views.log/views.errorLog.name", new String[] { "Virheloki", "Fellogg" },
                    "org.eclipse.ui/command.helpContents.name", new String[] { "Ohjeen sisältö", "Hjälpinnehåll" },
                    "org.eclipse.ui/category.window.name", new String[] { "Ikkuna", "Fönster" },
                    "org.eclipse.help.ui/HelpViewName", new String[] { "Ohje", "Hjälp" });
            for (Map.Entry<String, String[]> e : expected.entrySet()) {
                String[] hostAndKey = e.getKey().split("/");
                Bundle host = NlFragments.bundle(hostAndKey[0]);
                ResourceBundle fi = localization.getLocalization(host, "fi");
                ResourceBundle sv = localization.getLocalization(host, "sv");
                assertThat(fi.getString(hostAndKey[1])).as(e.getKey() + " in Finnish").isEqualTo(e.getValue()[0]);
                assertThat(sv.getString(hostAndKey[1])).as(e.getKey() + " in Swedish").isEqualTo(e.getValue()[1]);
            }
            // a key we leave alone falls back to the host's English text
            ResourceBundle sv = localization.getLocalization(NlFragments.bundle("org.eclipse.ui.views"), "sv");
            assertThat(sv.getString("pluginName")).isEqualTo("Views");
        } finally {
            context.ungetService(reference);
        }
    }

    @Test
    void swedishMessageFilesAreOnTheHostsClassPath() throws IOException {
        Map<String, String[]> expected = Map.of(
                "org.eclipse.ui.workbench", new String[] { "org/eclipse/ui/internal/messages_sv.properties",
                        "Workbench_selectAll", "Markera &allt" },
                "org.eclipse.ui.ide", new String[] { "org/eclipse/ui/views/markers/internal/messages_sv.properties",
                        "description_message", "Beskrivning" },
                "org.eclipse.jface", new String[] { "org/eclipse/jface/messages_sv.properties", "cancel", "Avbryt" },
                "org.eclipse.ui.views.log", new String[] { "org/eclipse/ui/internal/views/log/messages_sv.properties",
                        "LogView_column_message", "Meddelande" });
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            ClassLoader loader = NlFragments.bundle(e.getKey()).adapt(BundleWiring.class).getClassLoader();
            URL url = loader.getResource(e.getValue()[0]);
            assertThat(url).as(e.getValue()[0] + " through " + e.getKey() + "'s class loader").isNotNull();
            assertThat(NlFragments.load(url).getProperty(e.getValue()[1])).isEqualTo(e.getValue()[2]);
        }
        // JFace reads its texts as a ResourceBundle through its own class loader: ask it for Swedish
        ClassLoader jface = NlFragments.bundle("org.eclipse.jface").adapt(BundleWiring.class).getClassLoader();
        ResourceBundle sv = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.of("sv"), jface);
        assertThat(sv.getString("defaults")).isEqualTo("&Återställ standardvärden");
        assertThat(sv.getString("PreferenceDialog.title")).isEqualTo("Inställningar");
    }
}
