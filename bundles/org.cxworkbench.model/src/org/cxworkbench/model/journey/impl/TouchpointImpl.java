/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.impl;

import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.journey.TouchpointKind;
import org.cxworkbench.model.journey.Visibility;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#isDirect <em>Direct</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#getVisibility <em>Visibility</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.TouchpointImpl#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends MeasurableElementImpl implements Touchpoint {
	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TouchpointKind KIND_EDEFAULT = TouchpointKind.DIGITAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TouchpointKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isDirect() <em>Direct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirect()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DIRECT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDirect() <em>Direct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirect()
	 * @generated
	 * @ordered
	 */
	protected boolean direct = DIRECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisibility() <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibility()
	 * @generated
	 * @ordered
	 */
	protected static final Visibility VISIBILITY_EDEFAULT = Visibility.FRONT_STAGE;

	/**
	 * The cached value of the '{@link #getVisibility() <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibility()
	 * @generated
	 * @ordered
	 */
	protected Visibility visibility = VISIBILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOMENT_OF_TRUTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected boolean momentOfTruth = MOMENT_OF_TRUTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.TOUCHPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JourneyPackage.TOUCHPOINT__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStage(Stage newStage, NotificationChain msgs) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__STAGE, oldStage, newStage);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		if (newStage != stage) {
			NotificationChain msgs = null;
			if (stage != null)
				msgs = ((InternalEObject)stage).eInverseRemove(this, JourneyPackage.STAGE__TOUCHPOINTS, Stage.class, msgs);
			if (newStage != null)
				msgs = ((InternalEObject)newStage).eInverseAdd(this, JourneyPackage.STAGE__TOUCHPOINTS, Stage.class, msgs);
			msgs = basicSetStage(newStage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__STAGE, newStage, newStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JourneyPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TouchpointKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TouchpointKind newKind) {
		TouchpointKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDirect() {
		return direct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirect(boolean newDirect) {
		boolean oldDirect = direct;
		direct = newDirect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__DIRECT, oldDirect, direct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visibility getVisibility() {
		return visibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibility(Visibility newVisibility) {
		Visibility oldVisibility = visibility;
		visibility = newVisibility == null ? VISIBILITY_EDEFAULT : newVisibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__VISIBILITY, oldVisibility, visibility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMomentOfTruth() {
		return momentOfTruth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentOfTruth(boolean newMomentOfTruth) {
		boolean oldMomentOfTruth = momentOfTruth;
		momentOfTruth = newMomentOfTruth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.TOUCHPOINT__MOMENT_OF_TRUTH, oldMomentOfTruth, momentOfTruth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.TOUCHPOINT__STAGE:
				if (stage != null)
					msgs = ((InternalEObject)stage).eInverseRemove(this, JourneyPackage.STAGE__TOUCHPOINTS, Stage.class, msgs);
				return basicSetStage((Stage)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.TOUCHPOINT__STAGE:
				return basicSetStage(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JourneyPackage.TOUCHPOINT__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case JourneyPackage.TOUCHPOINT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case JourneyPackage.TOUCHPOINT__KIND:
				return getKind();
			case JourneyPackage.TOUCHPOINT__DIRECT:
				return isDirect();
			case JourneyPackage.TOUCHPOINT__VISIBILITY:
				return getVisibility();
			case JourneyPackage.TOUCHPOINT__OWNER:
				return getOwner();
			case JourneyPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				return isMomentOfTruth();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JourneyPackage.TOUCHPOINT__STAGE:
				setStage((Stage)newValue);
				return;
			case JourneyPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case JourneyPackage.TOUCHPOINT__KIND:
				setKind((TouchpointKind)newValue);
				return;
			case JourneyPackage.TOUCHPOINT__DIRECT:
				setDirect((Boolean)newValue);
				return;
			case JourneyPackage.TOUCHPOINT__VISIBILITY:
				setVisibility((Visibility)newValue);
				return;
			case JourneyPackage.TOUCHPOINT__OWNER:
				setOwner((String)newValue);
				return;
			case JourneyPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				setMomentOfTruth((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JourneyPackage.TOUCHPOINT__STAGE:
				setStage((Stage)null);
				return;
			case JourneyPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)null);
				return;
			case JourneyPackage.TOUCHPOINT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JourneyPackage.TOUCHPOINT__DIRECT:
				setDirect(DIRECT_EDEFAULT);
				return;
			case JourneyPackage.TOUCHPOINT__VISIBILITY:
				setVisibility(VISIBILITY_EDEFAULT);
				return;
			case JourneyPackage.TOUCHPOINT__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case JourneyPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				setMomentOfTruth(MOMENT_OF_TRUTH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JourneyPackage.TOUCHPOINT__STAGE:
				return stage != null;
			case JourneyPackage.TOUCHPOINT__CHANNEL:
				return channel != null;
			case JourneyPackage.TOUCHPOINT__KIND:
				return kind != KIND_EDEFAULT;
			case JourneyPackage.TOUCHPOINT__DIRECT:
				return direct != DIRECT_EDEFAULT;
			case JourneyPackage.TOUCHPOINT__VISIBILITY:
				return visibility != VISIBILITY_EDEFAULT;
			case JourneyPackage.TOUCHPOINT__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case JourneyPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				return momentOfTruth != MOMENT_OF_TRUTH_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", direct: ");
		result.append(direct);
		result.append(", visibility: ");
		result.append(visibility);
		result.append(", owner: ");
		result.append(owner);
		result.append(", momentOfTruth: ");
		result.append(momentOfTruth);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
