/**
 * Scoring, headless: a survey export scored directly ({@link org.cxworkbench.services.scoring.FileScoring}), the
 * results store scored ({@link org.cxworkbench.services.scoring.StoreScores}) and scores compared
 * ({@link org.cxworkbench.services.scoring.ScoreComparisons}). Cells become values and weights by
 * {@link org.cxworkbench.metrics.AnswerValues}, the reading the import uses too.
 */
package org.cxworkbench.services.scoring;
