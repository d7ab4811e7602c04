/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.impl;

import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurableElement;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurable Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class MeasurableElementImpl extends NamedElementImpl implements MeasurableElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurableElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.MEASURABLE_ELEMENT;
	}

} //MeasurableElementImpl
