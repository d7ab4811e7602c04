/**
 * Open comments of a journey from the results store: keywords per score group, segment or month with weighted
 * log-odds, lexicon sentiment and keyword trends ({@link org.cxworkbench.services.comments.CommentAnalysis}), on the
 * text analysis of {@code org.cxworkbench.text}.
 */
package org.cxworkbench.services.comments;
