package org.cxworkbench.core.journey;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link JourneyResource}s. Registered for the extension {@code journey} through
 * {@code org.eclipse.emf.ecore.extension_parser} (core's {@code plugin.xml}), so that any resource set in the
 * running platform, EMF tools and the workbench's editors included, reads journey files with migration, the
 * hardened parser and the safe save. {@link JourneyFiles#newResourceSet()} registers it locally, for runtimes
 * without the extension registry.
 */
public class JourneyResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new JourneyResource(uri);
    }
}
