package org.cxworkbench.ui.imports.internal;

/**
 * One thing a column can be mapped to: a measurement point's answers or comments, or a role.
 *
 * @param kind  what it is
 * @param key   the measurement point's id, or the role
 * @param label what the user sees
 */
record MappingTarget(Kind kind, String key, String label) {

    enum Kind {
        ANSWER, COMMENT, ROLE
    }
}
