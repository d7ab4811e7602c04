/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurable Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a measurement point can be attached to: a touchpoint, a stage, or the whole journey (relationship measurement).
 * <!-- end-model-doc -->
 *
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurableElement()
 * @model abstract="true"
 * @generated
 */
public interface MeasurableElement extends NamedElement {
} // MeasurableElement
