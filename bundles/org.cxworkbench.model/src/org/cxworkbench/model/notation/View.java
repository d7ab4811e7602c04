/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.notation;

import org.cxworkbench.model.journey.IdentifiedElement;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.notation.View#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.notation.NotationPackage#getView()
 * @model abstract="true"
 * @generated
 */
public interface View extends EObject {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(IdentifiedElement)
	 * @see org.cxworkbench.model.notation.NotationPackage#getView_Element()
	 * @model
	 * @generated
	 */
	IdentifiedElement getElement();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.notation.View#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(IdentifiedElement value);

} // View
