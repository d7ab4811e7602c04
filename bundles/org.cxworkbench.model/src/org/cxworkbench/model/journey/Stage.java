/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phase of the journey; the order of the journey's stages list is the order of the phases.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.Stage#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends MeasurableElement {
	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Touchpoint}.
	 * It is bidirectional and its opposite is '{@link org.cxworkbench.model.journey.Touchpoint#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kept in step with Touchpoint.stage; not saved, the touchpoint side is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getStage_Touchpoints()
	 * @see org.cxworkbench.model.journey.Touchpoint#getStage
	 * @model opposite="stage" transient="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

} // Stage
