/**
 * Working with journey files, headless: loading and saving with diagnostics, backups and migration
 * ({@link org.cxworkbench.core.journey.JourneyFiles}), editing through undoable commands
 * ({@link org.cxworkbench.core.journey.JourneyEditing}, {@link org.cxworkbench.core.journey.JourneyCommands}),
 * validation ({@link org.cxworkbench.core.journey.JourneyValidation}) and the sample journeys. The model itself is
 * {@code org.cxworkbench.model}.
 *
 * <p><b>Journeys through EMF.</b> The file rules (DOCTYPE refused and a hardened parser, 0.9 migrated on load, save
 * through a temporary file with a {@code .bak} of the previous file and the permissions kept, and no save over a
 * file that failed to load) live in one class, {@link org.cxworkbench.core.journey.JourneyResource}.
 * {@link org.cxworkbench.core.journey.JourneyResourceFactory} is registered for {@code *.journey} in core's
 * {@code plugin.xml} ({@code org.eclipse.emf.ecore.extension_parser} and {@code content_parser}, with the content
 * type {@value org.cxworkbench.core.journey.JourneyFiles#CONTENT_TYPE}), so any resource set in the platform gets
 * them; {@code JourneyFiles} is the {@code Path}-based façade over the same resource, and
 * {@link org.cxworkbench.core.journey.JourneyEditing#newDomain()} the editing domain the editors share.
 */
package org.cxworkbench.core.journey;
