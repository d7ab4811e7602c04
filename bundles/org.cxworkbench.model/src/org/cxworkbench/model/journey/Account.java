/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A B2B customer organisation; answers roll up from its contacts through its groups to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.Account#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Account#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Account#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getAccount()
 * @model
 * @generated
 */
public interface Account extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(CustomerSegment)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getAccount_Segment()
	 * @model
	 * @generated
	 */
	CustomerSegment getSegment();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Account#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(CustomerSegment value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getAccount_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.ContactGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getAccount_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactGroup> getGroups();

} // Account
