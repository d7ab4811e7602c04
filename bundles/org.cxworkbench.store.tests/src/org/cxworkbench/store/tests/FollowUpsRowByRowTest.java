package org.cxworkbench.store.tests;

/** {@link FollowUpsTest} with the rows sent in JDBC batches, the path of a network server. */
class FollowUpsRowByRowTest extends FollowUpsTest {

    @Override
    boolean spooled() {
        return false;
    }
}
