/**
 * Opening a results store: {@link org.cxworkbench.services.store.ResultsStore#open} with a
 * {@link org.cxworkbench.services.store.StoreLocation} (an embedded folder or a network URL), the caller's
 * credentials and {@link org.cxworkbench.services.store.StoreAccess READ or WRITE}. Writers migrate; readers never
 * change a database. Failures are {@link org.cxworkbench.services.store.StoreException}s with a reason the caller
 * words in its own language; {@link org.cxworkbench.services.store.StoreFailures} says what a failure of the
 * database itself was (another process has it, the disk is full).
 */
package org.cxworkbench.services.store;
