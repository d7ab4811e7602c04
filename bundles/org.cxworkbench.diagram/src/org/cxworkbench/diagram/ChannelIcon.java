package org.cxworkbench.diagram;

import java.util.Locale;

/**
 * The small channel pictures drawn on touchpoint boxes, in vector primitives only (so they look the same in SWT
 * and SVG, at any zoom). Channels are the journey's own objects with free names, so the picture is chosen by
 * words in the name, in English, Finnish and Swedish; anything else gets {@link #GENERIC}.
 */
public enum ChannelIcon {
    WEB, APP, EMAIL, PHONE, STORE, CHAT, MAIL, SOCIAL, PARTNER, PERSON, PORTAL, EVENT, GENERIC;

    /** The picture for a channel name ({@code null} or blank: {@link #GENERIC}). */
    public static ChannelIcon of(String channelName) {
        if (channelName == null || channelName.isBlank()) {
            return GENERIC;
        }
        String n = channelName.toLowerCase(Locale.ROOT);
        if (has(n, "e-mail", "email", "sähköposti", "e-post", "newsletter", "uutiskirje", "nyhetsbrev")) {
            return EMAIL;
        }
        if (has(n, "chat", "messag", "whatsapp", "sms", "text message", "viesti", "chatt")) {
            return CHAT;
        }
        if (has(n, "app", "mobile", "mobiili", "sovellus", "mobil")) {
            return APP;
        }
        if (has(n, "portal", "portaali", "extranet", "self-service", "itsepalvelu", "självservice")) {
            return PORTAL;
        }
        if (has(n, "web", "site", "online", "internet", "verkko", "webb", "sivusto")) {
            return WEB;
        }
        if (has(n, "phone", "call", "puhelin", "telefon", "contact centre", "contact center", "hotline")) {
            return PHONE;
        }
        if (has(n, "store", "shop", "branch", "myymälä", "kauppa", "butik", "affär", "office", "konttori")) {
            return STORE;
        }
        if (has(n, "social", "some", "facebook", "instagram", "twitter", "linkedin", "tiktok", "sosiaal", "sociala")) {
            return SOCIAL;
        }
        if (has(n, "mail", "post", "letter", "kirje", "brev")) {
            return MAIL;
        }
        if (has(n, "partner", "carrier", "delivery", "kumppani", "kuljet", "leverans", "transport")) {
            return PARTNER;
        }
        if (has(n, "manager", "agent", "sales", "person", "advisor", "consultant", "myyjä", "päällikkö",
                "säljare", "rådgivare", "chef")) {
            return PERSON;
        }
        if (has(n, "event", "fair", "seminar", "webinar", "tapahtuma", "messu", "evenemang", "mässa")) {
            return EVENT;
        }
        return GENERIC;
    }

    private static boolean has(String name, String... words) {
        for (String word : words) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Draws the picture in the square (x, y, size, size) in {@code rgb}; leaves the line width, dash and colours
     * changed (callers push/pop).
     */
    public void draw(MapGraphics g, double x, double y, double size, int rgb) {
        double s = size / 16; // drawn on a 16-unit grid
        g.setForeground(rgb);
        g.setBackground(rgb);
        g.setLineDash();
        g.setLineWidth(Math.max(1, 1.3 * s));
        switch (this) {
            case WEB -> {
                g.drawOval(x + 1 * s, y + 1 * s, 14 * s, 14 * s);
                g.drawOval(x + 5 * s, y + 1 * s, 6 * s, 14 * s);
                g.drawLine(x + 1 * s, y + 8 * s, x + 15 * s, y + 8 * s);
                g.drawLine(x + 2.5 * s, y + 4.5 * s, x + 13.5 * s, y + 4.5 * s);
                g.drawLine(x + 2.5 * s, y + 11.5 * s, x + 13.5 * s, y + 11.5 * s);
            }
            case APP -> {
                g.drawRoundRectangle(x + 4 * s, y + 1 * s, 8 * s, 14 * s, 3 * s);
                g.drawLine(x + 4 * s, y + 3.5 * s, x + 12 * s, y + 3.5 * s);
                g.drawLine(x + 4 * s, y + 12 * s, x + 12 * s, y + 12 * s);
                g.fillOval(x + 7.2 * s, y + 12.8 * s, 1.6 * s, 1.6 * s);
            }
            case EMAIL -> {
                g.drawRectangle(x + 1 * s, y + 3 * s, 14 * s, 10 * s);
                g.drawPolyline(x + 1 * s, y + 3 * s, x + 8 * s, y + 9 * s, x + 15 * s, y + 3 * s);
            }
            case MAIL -> {
                g.drawRectangle(x + 1 * s, y + 3 * s, 14 * s, 10 * s);
                g.drawPolyline(x + 1 * s, y + 3 * s, x + 8 * s, y + 9 * s, x + 15 * s, y + 3 * s);
                g.fillRectangle(x + 11 * s, y + 9 * s, 3 * s, 3 * s);
            }
            case PHONE -> g.fillPolygon(x + 3 * s, y + 1 * s, x + 6 * s, y + 1 * s, x + 7 * s, y + 5 * s,
                    x + 5 * s, y + 6.5 * s, x + 9.5 * s, y + 11 * s, x + 11 * s, y + 9 * s, x + 15 * s, y + 10 * s,
                    x + 15 * s, y + 13 * s, x + 13 * s, y + 15 * s, x + 7 * s, y + 13 * s, x + 3 * s, y + 9 * s,
                    x + 1 * s, y + 3 * s);
            case STORE -> {
                g.fillPolygon(x + 1 * s, y + 6 * s, x + 3 * s, y + 2 * s, x + 13 * s, y + 2 * s, x + 15 * s,
                        y + 6 * s);
                g.drawRectangle(x + 2 * s, y + 6 * s, 12 * s, 9 * s);
                g.fillRectangle(x + 6.5 * s, y + 10 * s, 3 * s, 5 * s);
            }
            case CHAT -> {
                g.drawRoundRectangle(x + 1 * s, y + 2 * s, 14 * s, 9 * s, 4 * s);
                g.fillPolygon(x + 4 * s, y + 10.5 * s, x + 8 * s, y + 10.5 * s, x + 4 * s, y + 14.5 * s);
                g.fillOval(x + 4 * s, y + 5.8 * s, 1.6 * s, 1.6 * s);
                g.fillOval(x + 7.2 * s, y + 5.8 * s, 1.6 * s, 1.6 * s);
                g.fillOval(x + 10.4 * s, y + 5.8 * s, 1.6 * s, 1.6 * s);
            }
            case SOCIAL -> {
                g.drawLine(x + 4 * s, y + 8 * s, x + 12 * s, y + 3.5 * s);
                g.drawLine(x + 4 * s, y + 8 * s, x + 12 * s, y + 12.5 * s);
                g.fillOval(x + 1.5 * s, y + 5.5 * s, 5 * s, 5 * s);
                g.fillOval(x + 9.5 * s, y + 1 * s, 5 * s, 5 * s);
                g.fillOval(x + 9.5 * s, y + 10 * s, 5 * s, 5 * s);
            }
            case PARTNER -> {
                g.drawRectangle(x + 1 * s, y + 4 * s, 9 * s, 7 * s);
                g.drawPolyline(x + 10 * s, y + 6 * s, x + 13 * s, y + 6 * s, x + 15 * s, y + 9 * s, x + 15 * s,
                        y + 11 * s, x + 10 * s, y + 11 * s);
                g.fillOval(x + 2.5 * s, y + 10.5 * s, 3.5 * s, 3.5 * s);
                g.fillOval(x + 10.5 * s, y + 10.5 * s, 3.5 * s, 3.5 * s);
            }
            case PERSON -> {
                g.fillOval(x + 5 * s, y + 1 * s, 6 * s, 6 * s);
                g.fillPolygon(x + 2 * s, y + 15 * s, x + 3 * s, y + 10 * s, x + 6 * s, y + 8 * s, x + 10 * s,
                        y + 8 * s, x + 13 * s, y + 10 * s, x + 14 * s, y + 15 * s);
            }
            case PORTAL -> {
                g.drawRectangle(x + 1 * s, y + 2 * s, 14 * s, 12 * s);
                g.fillRectangle(x + 1 * s, y + 2 * s, 14 * s, 3 * s);
                g.drawRectangle(x + 3 * s, y + 7 * s, 4 * s, 5 * s);
                g.drawLine(x + 9 * s, y + 8 * s, x + 13 * s, y + 8 * s);
                g.drawLine(x + 9 * s, y + 11 * s, x + 13 * s, y + 11 * s);
            }
            case EVENT -> {
                g.drawRectangle(x + 1 * s, y + 3 * s, 14 * s, 12 * s);
                g.fillRectangle(x + 1 * s, y + 3 * s, 14 * s, 3 * s);
                g.drawLine(x + 4.5 * s, y + 1 * s, x + 4.5 * s, y + 4 * s);
                g.drawLine(x + 11.5 * s, y + 1 * s, x + 11.5 * s, y + 4 * s);
                g.fillRectangle(x + 4 * s, y + 9 * s, 3 * s, 3 * s);
            }
            case GENERIC -> {
                g.drawOval(x + 2 * s, y + 2 * s, 12 * s, 12 * s);
                g.fillOval(x + 6 * s, y + 6 * s, 4 * s, 4 * s);
            }
        }
    }
}
