package org.cxworkbench.store.tests;

/** Every test of {@link ImporterTest} again, with the accepted rows sent in JDBC batches as they come. */
class ImporterRowByRowTest extends ImporterTest {

    @Override
    boolean spooled() {
        return false;
    }
}
