/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#getStage <em>Stage</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#isDirect <em>Direct</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#getVisibility <em>Visibility</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends MeasurableElement {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.cxworkbench.model.journey.Stage#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_Stage()
	 * @see org.cxworkbench.model.journey.Stage#getTouchpoints
	 * @model opposite="touchpoints"
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.journey.TouchpointKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxworkbench.model.journey.TouchpointKind
	 * @see #setKind(TouchpointKind)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_Kind()
	 * @model
	 * @generated
	 */
	TouchpointKind getKind();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxworkbench.model.journey.TouchpointKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TouchpointKind value);

	/**
	 * Returns the value of the '<em><b>Direct</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for touchpoints the company does not own, e.g. a review site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direct</em>' attribute.
	 * @see #setDirect(boolean)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_Direct()
	 * @model default="true"
	 * @generated
	 */
	boolean isDirect();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#isDirect <em>Direct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct</em>' attribute.
	 * @see #isDirect()
	 * @generated
	 */
	void setDirect(boolean value);

	/**
	 * Returns the value of the '<em><b>Visibility</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.journey.Visibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visibility</em>' attribute.
	 * @see org.cxworkbench.model.journey.Visibility
	 * @see #setVisibility(Visibility)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_Visibility()
	 * @model
	 * @generated
	 */
	Visibility getVisibility();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#getVisibility <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visibility</em>' attribute.
	 * @see org.cxworkbench.model.journey.Visibility
	 * @see #getVisibility()
	 * @generated
	 */
	void setVisibility(Visibility value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #setMomentOfTruth(boolean)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getTouchpoint_MomentOfTruth()
	 * @model
	 * @generated
	 */
	boolean isMomentOfTruth();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #isMomentOfTruth()
	 * @generated
	 */
	void setMomentOfTruth(boolean value);

} // Touchpoint
