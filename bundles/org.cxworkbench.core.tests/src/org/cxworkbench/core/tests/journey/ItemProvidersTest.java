package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.cxworkbench.core.journey.JourneyEditing;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/** The generated item providers give every element a label, a PNG icon and property descriptors, headless. */
class ItemProvidersTest {

    private final ComposedAdapterFactory factory = JourneyEditing.newAdapterFactory();

    @Test
    void everyElementHasALabelAndAnIcon() {
        Journey journey = TestJourneys.everything();
        List<EObject> all = new java.util.ArrayList<>();
        all.add(journey);
        all.add(TestJourneys.layout(journey));
        for (TreeIterator<EObject> it = journey.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        all.addAll(all.get(1).eContents());
        for (EObject object : all) {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
            assertThat(labels).as(object.eClass().getName()).isNotNull();
            assertThat(labels.getText(object)).isNotBlank();
            Object image = labels.getImage(object);
            assertThat(image).as(object.eClass().getName()).isInstanceOf(URL.class);
            assertThat(image.toString()).endsWith(object.eClass().getName() + ".png");
        }
    }

    private String label(EObject object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    @Test
    void pathsQuestionsScalesAndViewsAreLabelledByWhatUsersRecognise() {
        Journey journey = TestJourneys.everything();
        var diagram = TestJourneys.layout(journey);
        assertThat(label(journey.getPaths().get(0))).isEqualTo("Path Review site \u2192 Till (buys)");
        var nps = journey.getMeasurementPoints().get(0);
        assertThat(label(nps.getQuestions().get(0))).isEqualTo("fi: Kuinka todenn\u00e4k\u00f6isesti suosittelisit meit\u00e4?");
        assertThat(label(nps.getScale())).isEqualTo("Scale 0..10 (high)");
        assertThat(label(nps.getScale().getLabels().get(0))).isEqualTo("0 fi: Ei lainkaan todenn\u00e4k\u00f6ist\u00e4");
        assertThat(label(diagram.getNodes().get(1))).isEqualTo("Node Till");
        assertThat(label(diagram.getEdges().get(0))).isEqualTo("Edge Review site \u2192 Till");
        assertThat(label(diagram.getLanes().get(0))).isEqualTo("Lane Need");
        assertThat(label(diagram)).isEqualTo("Diagram Everything");
    }

    @Test
    void finnishAndSwedishLabelsCoverEveryTypeFeatureAndLiteral() throws java.io.IOException {
        URL base = org.cxworkbench.model.journey.provider.JourneyEditPlugin.INSTANCE.getBaseURL();
        java.util.Properties english = properties(base, "plugin.properties");
        for (String language : List.of("fi", "sv")) {
            java.util.Properties translated = properties(base, "plugin_" + language + ".properties");
            for (String key : english.stringPropertyNames()) {
                if (key.matches("_UI_.*_(type|feature|literal)")) {
                    assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank()
                            .doesNotContain("\\u");
                }
            }
        }
        assertThat(properties(base, "plugin_fi.properties").getProperty("_UI_Touchpoint_momentOfTruth_feature"))
                .isEqualTo("Totuuden hetki");
    }

    private static java.util.Properties properties(URL base, String name) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new URL(base, name).openStream()) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTouchpointIsLabelledByItsNameAndShowsItsProperties() {
        Touchpoint till = TestJourneys.everything().getTouchpoints().get(1);
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(till, IItemLabelProvider.class);
        assertThat(labels.getText(till)).isEqualTo("Touchpoint Till");
        IItemPropertySource properties = (IItemPropertySource) factory.adapt(till, IItemPropertySource.class);
        assertThat(properties.getPropertyDescriptors(till)).extracting(d -> d.getId(till))
                .contains("name", "stage", "channel", "kind", "direct", "visibility", "owner", "momentOfTruth");
        IItemPropertyDescriptor channel = properties.getPropertyDescriptor(till, "channel");
        assertThat(channel.getDisplayName(till)).isEqualTo("Channel");
        assertThat((java.util.Collection<Object>) channel.getChoiceOfValues(till))
                .containsAll(((Journey) till.eContainer()).getChannels());
    }
}
