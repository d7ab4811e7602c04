/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an interaction or a question happens (web, mobile app, store, phone, ...). Objects of the journey rather than an enumeration, so that users add their own.
 * <!-- end-model-doc -->
 *
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends NamedElement {
} // Channel
