package org.cxworkbench.diagram;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Touchpoint;

/**
 * What the map shows: the filters (layers) of the journey map. Immutable; the {@code with...} methods return a
 * changed copy. A hidden touchpoint takes its paths and measurement badges with it. {@link #ALL} shows everything.
 *
 * @param measurementPoints whether measurement-point badges are shown
 * @param hiddenChannels ids of the channels whose touchpoints are hidden; {@link #NO_CHANNEL} stands for
 *        touchpoints without a channel
 * @param indirectTouchpoints whether indirect touchpoints ({@code direct = false}, e.g. a review site) are shown
 * @param backwardPaths whether backward paths (to an earlier stage, or further left in the same stage) and loops
 *        are shown
 */
public record MapFilter(boolean measurementPoints, Set<String> hiddenChannels, boolean indirectTouchpoints,
        boolean backwardPaths) {

    /** The key of {@link #hiddenChannels} for touchpoints that have no channel. */
    public static final String NO_CHANNEL = "";

    /** Everything shown. */
    public static final MapFilter ALL = new MapFilter(true, Set.of(), true, true);

    public MapFilter {
        hiddenChannels = Set.copyOf(hiddenChannels);
    }

    public MapFilter withMeasurementPoints(boolean show) {
        return new MapFilter(show, hiddenChannels, indirectTouchpoints, backwardPaths);
    }

    public MapFilter withIndirectTouchpoints(boolean show) {
        return new MapFilter(measurementPoints, hiddenChannels, show, backwardPaths);
    }

    public MapFilter withBackwardPaths(boolean show) {
        return new MapFilter(measurementPoints, hiddenChannels, indirectTouchpoints, show);
    }

    /** Shows or hides the touchpoints of {@code channel} ({@code null} for those without a channel). */
    public MapFilter withChannel(Channel channel, boolean show) {
        return withChannel(channel == null ? NO_CHANNEL : channel.getId(), show);
    }

    /** Shows or hides the touchpoints of the channel with id {@code channelId} ({@link #NO_CHANNEL}: none). */
    public MapFilter withChannel(String channelId, boolean show) {
        Set<String> hidden = new LinkedHashSet<>(hiddenChannels);
        if (show) {
            hidden.remove(channelId);
        } else {
            hidden.add(channelId);
        }
        return new MapFilter(measurementPoints, hidden, indirectTouchpoints, backwardPaths);
    }

    /** Whether the channel with this id (or {@link #NO_CHANNEL}) is shown. */
    public boolean showsChannel(String channelId) {
        return !hiddenChannels.contains(channelId == null ? NO_CHANNEL : channelId);
    }

    /** Whether a touchpoint is on the map under this filter (its channel shown, and direct or indirect shown). */
    public boolean shows(Touchpoint touchpoint) {
        if (!touchpoint.isDirect() && !indirectTouchpoints) {
            return false;
        }
        return showsChannel(touchpoint.getChannel() == null ? NO_CHANNEL : touchpoint.getChannel().getId());
    }
}
