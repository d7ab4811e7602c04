/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.Scale#getMin <em>Min</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Scale#getMax <em>Max</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Scale#getGoodEnd <em>Good End</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Scale#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getScale()
 * @model
 * @generated
 */
public interface Scale extends EObject {
	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(int)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getScale_Min()
	 * @model
	 * @generated
	 */
	int getMin();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Scale#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(int value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(int)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getScale_Max()
	 * @model
	 * @generated
	 */
	int getMax();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Scale#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(int value);

	/**
	 * Returns the value of the '<em><b>Good End</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.journey.GoodEnd}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Good End</em>' attribute.
	 * @see org.cxworkbench.model.journey.GoodEnd
	 * @see #setGoodEnd(GoodEnd)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getScale_GoodEnd()
	 * @model
	 * @generated
	 */
	GoodEnd getGoodEnd();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Scale#getGoodEnd <em>Good End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Good End</em>' attribute.
	 * @see org.cxworkbench.model.journey.GoodEnd
	 * @see #getGoodEnd()
	 * @generated
	 */
	void setGoodEnd(GoodEnd value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.ScaleLabel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getScale_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleLabel> getLabels();

} // Scale
