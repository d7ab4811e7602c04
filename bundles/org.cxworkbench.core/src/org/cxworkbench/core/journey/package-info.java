/**
 * Working with journey files, headless: loading and saving with diagnostics, backups and migration
 * ({@link org.cxworkbench.core.journey.JourneyFiles}), editing through undoable commands
 * ({@link org.cxworkbench.core.journey.JourneyEditing}, {@link org.cxworkbench.core.journey.JourneyCommands}),
 * validation ({@link org.cxworkbench.core.journey.JourneyValidation}) and the sample journeys. The model itself is
 * {@code org.cxworkbench.model}.
 */
package org.cxworkbench.core.journey;
