/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.CustomerSegment#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getCustomerSegment()
 * @model
 * @generated
 */
public interface CustomerSegment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.journey.SegmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxworkbench.model.journey.SegmentKind
	 * @see #setKind(SegmentKind)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getCustomerSegment_Kind()
	 * @model
	 * @generated
	 */
	SegmentKind getKind();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.CustomerSegment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxworkbench.model.journey.SegmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SegmentKind value);

} // CustomerSegment
