/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.ScaleLabel#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getScaleLabel()
 * @model
 * @generated
 */
public interface ScaleLabel extends LocalizedText {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getScaleLabel_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.ScaleLabel#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

} // ScaleLabel
