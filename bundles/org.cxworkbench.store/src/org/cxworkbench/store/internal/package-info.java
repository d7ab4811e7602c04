/** The store's implementation: the schema's migration steps and the parsing of answer times. Not API. */
package org.cxworkbench.store.internal;
