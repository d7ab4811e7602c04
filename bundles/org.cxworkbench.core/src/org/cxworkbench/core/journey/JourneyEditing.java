package org.cxworkbench.core.journey;

import org.cxworkbench.model.journey.provider.JourneyItemProviderAdapterFactory;
import org.cxworkbench.model.notation.provider.NotationItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * Editing domains for journeys: the one place that decides which item providers and which command stack the
 * editors, the properties view and the command line share, so that undo/redo behaves the same everywhere.
 * Headless: nothing here needs a display.
 */
public final class JourneyEditing {

    private JourneyEditing() {
    }

    /** The item providers of both packages, for labels, icons and property descriptors. */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new JourneyItemProviderAdapterFactory());
        factory.addAdapterFactory(new NotationItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * A new editing domain with an empty command stack and a resource set that reads journey files through
     * {@link JourneyResourceFactory} (registered in the set itself, so this works without the extension registry
     * too). A journey resource whose load failed is read-only in the domain: commands cannot change it and editors
     * that honour {@code isReadOnly} do not save it (the resource itself refuses as well).
     */
    public static AdapterFactoryEditingDomain newDomain() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(newAdapterFactory(),
                new BasicCommandStack(), JourneyFiles.newResourceSet()) {
            @Override
            public boolean isReadOnly(Resource resource) {
                return resource instanceof JourneyResource journey && journey.isLoadFailed()
                        || super.isReadOnly(resource);
            }
        };
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }

    /** A domain editing {@code document}: its resource moves into the domain's resource set. */
    public static AdapterFactoryEditingDomain newDomain(JourneyDocument document) {
        AdapterFactoryEditingDomain domain = newDomain();
        domain.getResourceSet().getResources().add(document.resource());
        return domain;
    }

    /**
     * Executes a command on the domain's stack, so that it can be undone.
     *
     * @throws IllegalArgumentException if the command cannot execute (e.g. an element of another journey)
     */
    public static void execute(AdapterFactoryEditingDomain domain, Command command) {
        if (!command.canExecute()) {
            String what = command.getLabel() == null ? "run this command"
                    : command.getLabel().toLowerCase(java.util.Locale.ROOT);
            throw new IllegalArgumentException("Cannot " + what + ": it does not apply to these elements");
        }
        domain.getCommandStack().execute(command);
    }
}
