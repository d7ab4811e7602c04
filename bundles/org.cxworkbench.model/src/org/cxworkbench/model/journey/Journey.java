/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getVersion <em>Version</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getPaths <em>Paths</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Journey#getMeasurementPoints <em>Measurement Points</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney()
 * @model
 * @generated
 */
public interface Journey extends MeasurableElement {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Journey#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journey's own version, chosen by its authors; not the version of the file format (that is the package's nsURI).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Journey#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Paths</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Path}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paths</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Paths()
	 * @model containment="true"
	 * @generated
	 */
	EList<Path> getPaths();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Accounts</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.Account}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accounts</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_Accounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Account> getAccounts();

	/**
	 * Returns the value of the '<em><b>Measurement Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.MeasurementPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurement Points</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getJourney_MeasurementPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasurementPoint> getMeasurementPoints();

} // Journey
