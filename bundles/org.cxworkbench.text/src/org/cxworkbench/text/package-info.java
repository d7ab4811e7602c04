/**
 * Open-comment analysis: what respondents write in free-text answers, in Finnish, Swedish and English. This bundle
 * turns comments into comparable terms (lower-cased, stop words removed, stemmed, so that "asiakaspalvelussa" and
 * "asiakaspalvelu" count as one keyword) on Apache Lucene; language detection ({@link org.cxworkbench.text.LanguageDetector}), keyword log-odds ({@link org.cxworkbench.text.LogOdds}) and lexicon sentiment ({@link org.cxworkbench.text.CommentProcessor}) build on it.
 * <p>
 * Analyzers are assembled from classes, never looked up by their SPI names ("standard", "lowercase", ...): Lucene
 * finds those through {@link java.util.ServiceLoader}, which sees nothing across OSGi bundle class loaders.
 */
package org.cxworkbench.text;
