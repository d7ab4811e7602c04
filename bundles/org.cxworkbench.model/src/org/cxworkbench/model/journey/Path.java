/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A move of the customer from one touchpoint to another. Any graph is allowed: loops (also from a touchpoint to itself), skips, several entries and exits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.Path#getFrom <em>From</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Path#getTo <em>To</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Path#getLabel <em>Label</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Path#getShare <em>Share</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getPath()
 * @model
 * @generated
 */
public interface Path extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Touchpoint)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getPath_From()
	 * @model
	 * @generated
	 */
	Touchpoint getFrom();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Path#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Touchpoint)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getPath_To()
	 * @model
	 * @generated
	 */
	Touchpoint getTo();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Path#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getPath_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Path#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The estimated fraction (0..1) of customers at the source who take this path; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(Double)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getPath_Share()
	 * @model
	 * @generated
	 */
	Double getShare();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Path#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(Double value);

} // Path
