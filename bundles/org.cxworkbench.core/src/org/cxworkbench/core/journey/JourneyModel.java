package org.cxworkbench.core.journey;

import java.util.List;

import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;

/** Starting points for new journeys. */
public final class JourneyModel {

    /**
     * The channels a new journey starts with. A starting list, not a closed one: channels are objects of the
     * journey, and users rename, remove and add their own.
     */
    public static final List<String> DEFAULT_CHANNELS = List.of("Web", "Mobile app", "Store", "Phone", "Chat",
            "Email", "Social media", "Partner");

    private JourneyModel() {
    }

    /** A new, empty journey with the default channels. */
    public static Journey newJourney(String name) {
        Journey journey = JourneyFactory.eINSTANCE.createJourney();
        journey.setName(name);
        journey.setVersion("1");
        for (String channelName : DEFAULT_CHANNELS) {
            Channel channel = JourneyFactory.eINSTANCE.createChannel();
            channel.setName(channelName);
            journey.getChannels().add(channel);
        }
        return journey;
    }
}
