/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.impl;

import java.util.Collection;

import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getPaths <em>Paths</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.JourneyImpl#getMeasurementPoints <em>Measurement Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyImpl extends MeasurableElementImpl implements Journey {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * The cached value of the '{@link #getPaths() <em>Paths</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaths()
	 * @generated
	 * @ordered
	 */
	protected EList<Path> paths;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * The cached value of the '{@link #getAccounts() <em>Accounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Account> accounts;

	/**
	 * The cached value of the '{@link #getMeasurementPoints() <em>Measurement Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurementPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasurementPoint> measurementPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.JOURNEY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.JOURNEY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.JOURNEY__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, JourneyPackage.JOURNEY__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, JourneyPackage.JOURNEY__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectContainmentEList<Touchpoint>(Touchpoint.class, this, JourneyPackage.JOURNEY__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Path> getPaths() {
		if (paths == null) {
			paths = new EObjectContainmentEList<Path>(Path.class, this, JourneyPackage.JOURNEY__PATHS);
		}
		return paths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<CustomerSegment>(CustomerSegment.class, this, JourneyPackage.JOURNEY__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Account> getAccounts() {
		if (accounts == null) {
			accounts = new EObjectContainmentEList<Account>(Account.class, this, JourneyPackage.JOURNEY__ACCOUNTS);
		}
		return accounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasurementPoint> getMeasurementPoints() {
		if (measurementPoints == null) {
			measurementPoints = new EObjectContainmentEList<MeasurementPoint>(MeasurementPoint.class, this, JourneyPackage.JOURNEY__MEASUREMENT_POINTS);
		}
		return measurementPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.JOURNEY__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY__PATHS:
				return ((InternalEList<?>)getPaths()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY__ACCOUNTS:
				return ((InternalEList<?>)getAccounts()).basicRemove(otherEnd, msgs);
			case JourneyPackage.JOURNEY__MEASUREMENT_POINTS:
				return ((InternalEList<?>)getMeasurementPoints()).basicRemove(otherEnd, msgs);
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
			case JourneyPackage.JOURNEY__OWNER:
				return getOwner();
			case JourneyPackage.JOURNEY__VERSION:
				return getVersion();
			case JourneyPackage.JOURNEY__STAGES:
				return getStages();
			case JourneyPackage.JOURNEY__CHANNELS:
				return getChannels();
			case JourneyPackage.JOURNEY__TOUCHPOINTS:
				return getTouchpoints();
			case JourneyPackage.JOURNEY__PATHS:
				return getPaths();
			case JourneyPackage.JOURNEY__SEGMENTS:
				return getSegments();
			case JourneyPackage.JOURNEY__ACCOUNTS:
				return getAccounts();
			case JourneyPackage.JOURNEY__MEASUREMENT_POINTS:
				return getMeasurementPoints();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JourneyPackage.JOURNEY__OWNER:
				setOwner((String)newValue);
				return;
			case JourneyPackage.JOURNEY__VERSION:
				setVersion((String)newValue);
				return;
			case JourneyPackage.JOURNEY__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case JourneyPackage.JOURNEY__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case JourneyPackage.JOURNEY__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case JourneyPackage.JOURNEY__PATHS:
				getPaths().clear();
				getPaths().addAll((Collection<? extends Path>)newValue);
				return;
			case JourneyPackage.JOURNEY__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case JourneyPackage.JOURNEY__ACCOUNTS:
				getAccounts().clear();
				getAccounts().addAll((Collection<? extends Account>)newValue);
				return;
			case JourneyPackage.JOURNEY__MEASUREMENT_POINTS:
				getMeasurementPoints().clear();
				getMeasurementPoints().addAll((Collection<? extends MeasurementPoint>)newValue);
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
			case JourneyPackage.JOURNEY__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case JourneyPackage.JOURNEY__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case JourneyPackage.JOURNEY__STAGES:
				getStages().clear();
				return;
			case JourneyPackage.JOURNEY__CHANNELS:
				getChannels().clear();
				return;
			case JourneyPackage.JOURNEY__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case JourneyPackage.JOURNEY__PATHS:
				getPaths().clear();
				return;
			case JourneyPackage.JOURNEY__SEGMENTS:
				getSegments().clear();
				return;
			case JourneyPackage.JOURNEY__ACCOUNTS:
				getAccounts().clear();
				return;
			case JourneyPackage.JOURNEY__MEASUREMENT_POINTS:
				getMeasurementPoints().clear();
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
			case JourneyPackage.JOURNEY__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case JourneyPackage.JOURNEY__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case JourneyPackage.JOURNEY__STAGES:
				return stages != null && !stages.isEmpty();
			case JourneyPackage.JOURNEY__CHANNELS:
				return channels != null && !channels.isEmpty();
			case JourneyPackage.JOURNEY__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case JourneyPackage.JOURNEY__PATHS:
				return paths != null && !paths.isEmpty();
			case JourneyPackage.JOURNEY__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case JourneyPackage.JOURNEY__ACCOUNTS:
				return accounts != null && !accounts.isEmpty();
			case JourneyPackage.JOURNEY__MEASUREMENT_POINTS:
				return measurementPoints != null && !measurementPoints.isEmpty();
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
		result.append(" (owner: ");
		result.append(owner);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //JourneyImpl
