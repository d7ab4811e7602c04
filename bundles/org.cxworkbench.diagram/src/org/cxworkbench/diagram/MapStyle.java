package org.cxworkbench.diagram;

import org.cxworkbench.diagram.MapGraphics.MapFont;
import org.cxworkbench.model.journey.TouchpointKind;

/**
 * Colours and fonts of the journey map. The default palette is Okabe and Ito's colour-blind-safe one, and no
 * meaning is carried by colour alone: a touchpoint's kind also has its own marker shape, indirect touchpoints a
 * dashed border, backward paths a dashed line, errors and warnings different icons.
 *
 * @param background the canvas
 * @param laneFill lanes' fill, alternating with {@code laneFillAlternate}
 * @param laneHeader the headers' fill
 * @param laneBorder lanes' outline
 * @param text labels
 * @param mutedText secondary labels (path labels, badge names)
 * @param nodeFill touchpoint boxes
 * @param nodeBorder their outline
 * @param edge forward paths
 * @param backwardEdge backward paths and loops
 * @param momentOfTruth the moment-of-truth star
 * @param badgeFill measurement badges' fill (the symbol part)
 * @param badgeText text on badges' symbol part
 * @param error error icons
 * @param warning warning icons
 * @param selection selection highlight
 * @param digital, physical, human, social colours of the four touchpoint kinds
 */
public record MapStyle(int background, int laneFill, int laneFillAlternate, int laneHeader, int laneBorder, int text,
        int mutedText, int nodeFill, int nodeBorder, int edge, int backwardEdge, int momentOfTruth, int badgeFill,
        int badgeText, int error, int warning, int selection, int digital, int physical, int human, int social,
        MapFont titleFont, MapFont laneFont, MapFont nodeFont, MapFont labelFont, MapFont badgeFont) {

    /** The product's look: light, Okabe-Ito accents. */
    public static final MapStyle DEFAULT = new MapStyle(0xFFFFFF, 0xF4F6F8, 0xECEFF3, 0xDCE3EA, 0xB8C2CC, 0x1B1F24,
            0x4A5560, 0xFFFFFF, 0x5A6672, 0x3C4650, 0xD55E00, 0xE69F00, 0x0072B2, 0xFFFFFF, 0xD55E00, 0xF0E442,
            0x56B4E9, 0x0072B2, 0x009E73, 0xE69F00, 0xCC79A7, MapFont.bold(16), MapFont.bold(13),
            MapFont.plain(12), MapFont.italic(10), MapFont.bold(10));

    /** The colour of a touchpoint kind ({@code null}: none, the border colour). */
    public int kindColor(TouchpointKind kind) {
        if (kind == null) {
            return nodeBorder;
        }
        return switch (kind) {
            case DIGITAL -> digital;
            case PHYSICAL -> physical;
            case HUMAN -> human;
            case SOCIAL -> social;
        };
    }
}
