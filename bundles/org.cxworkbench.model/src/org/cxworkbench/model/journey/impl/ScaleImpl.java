/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.impl;

import java.util.Collection;

import org.cxworkbench.model.journey.GoodEnd;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.ScaleLabel;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.impl.ScaleImpl#getMin <em>Min</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.ScaleImpl#getMax <em>Max</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.ScaleImpl#getGoodEnd <em>Good End</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.ScaleImpl#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScaleImpl extends EObjectImpl implements Scale {
	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected int min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected int max = MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoodEnd() <em>Good End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final GoodEnd GOOD_END_EDEFAULT = GoodEnd.HIGH;

	/**
	 * The cached value of the '{@link #getGoodEnd() <em>Good End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoodEnd()
	 * @generated
	 * @ordered
	 */
	protected GoodEnd goodEnd = GOOD_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<ScaleLabel> labels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.SCALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(int newMin) {
		int oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.SCALE__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(int newMax) {
		int oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.SCALE__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoodEnd getGoodEnd() {
		return goodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoodEnd(GoodEnd newGoodEnd) {
		GoodEnd oldGoodEnd = goodEnd;
		goodEnd = newGoodEnd == null ? GOOD_END_EDEFAULT : newGoodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.SCALE__GOOD_END, oldGoodEnd, goodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScaleLabel> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<ScaleLabel>(ScaleLabel.class, this, JourneyPackage.SCALE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.SCALE__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
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
			case JourneyPackage.SCALE__MIN:
				return getMin();
			case JourneyPackage.SCALE__MAX:
				return getMax();
			case JourneyPackage.SCALE__GOOD_END:
				return getGoodEnd();
			case JourneyPackage.SCALE__LABELS:
				return getLabels();
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
			case JourneyPackage.SCALE__MIN:
				setMin((Integer)newValue);
				return;
			case JourneyPackage.SCALE__MAX:
				setMax((Integer)newValue);
				return;
			case JourneyPackage.SCALE__GOOD_END:
				setGoodEnd((GoodEnd)newValue);
				return;
			case JourneyPackage.SCALE__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends ScaleLabel>)newValue);
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
			case JourneyPackage.SCALE__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case JourneyPackage.SCALE__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case JourneyPackage.SCALE__GOOD_END:
				setGoodEnd(GOOD_END_EDEFAULT);
				return;
			case JourneyPackage.SCALE__LABELS:
				getLabels().clear();
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
			case JourneyPackage.SCALE__MIN:
				return min != MIN_EDEFAULT;
			case JourneyPackage.SCALE__MAX:
				return max != MAX_EDEFAULT;
			case JourneyPackage.SCALE__GOOD_END:
				return goodEnd != GOOD_END_EDEFAULT;
			case JourneyPackage.SCALE__LABELS:
				return labels != null && !labels.isEmpty();
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
		result.append(" (min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", goodEnd: ");
		result.append(goodEnd);
		result.append(')');
		return result.toString();
	}

} //ScaleImpl
