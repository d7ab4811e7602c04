/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.notation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lane</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A band of the diagram: a stage column, or a row for a channel or for the front/back stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.notation.Lane#getOrientation <em>Orientation</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.notation.NotationPackage#getLane()
 * @model
 * @generated
 */
public interface Lane extends Shape {
	/**
	 * Returns the value of the '<em><b>Orientation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.notation.Orientation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orientation</em>' attribute.
	 * @see org.cxworkbench.model.notation.Orientation
	 * @see #setOrientation(Orientation)
	 * @see org.cxworkbench.model.notation.NotationPackage#getLane_Orientation()
	 * @model
	 * @generated
	 */
	Orientation getOrientation();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.notation.Lane#getOrientation <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orientation</em>' attribute.
	 * @see org.cxworkbench.model.notation.Orientation
	 * @see #getOrientation()
	 * @generated
	 */
	void setOrientation(Orientation value);

} // Lane
