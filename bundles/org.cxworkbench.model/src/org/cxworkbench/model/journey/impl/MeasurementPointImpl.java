/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.impl;

import java.util.Collection;

import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.MetricTier;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.Timing;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getAttachedTo <em>Attached To</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getMetricId <em>Metric Id</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getWithinHours <em>Within Hours</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getMinimumSampleSize <em>Minimum Sample Size</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl#getTier <em>Tier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementPointImpl extends NamedElementImpl implements MeasurementPoint {
	/**
	 * The cached value of the '{@link #getAttachedTo() <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedTo()
	 * @generated
	 * @ordered
	 */
	protected MeasurableElement attachedTo;

	/**
	 * The default value of the '{@link #getMetricId() <em>Metric Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricId()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetricId() <em>Metric Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricId()
	 * @generated
	 * @ordered
	 */
	protected String metricId = METRIC_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalizedText> questions;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Scale scale;

	/**
	 * The default value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected static final Timing TIMING_EDEFAULT = Timing.RIGHT_AFTER;

	/**
	 * The cached value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected Timing timing = TIMING_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithinHours() <em>Within Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithinHours()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WITHIN_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithinHours() <em>Within Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithinHours()
	 * @generated
	 * @ordered
	 */
	protected Integer withinHours = WITHIN_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

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
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected Double targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumSampleSize() <em>Minimum Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumSampleSize()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MINIMUM_SAMPLE_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumSampleSize() <em>Minimum Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumSampleSize()
	 * @generated
	 * @ordered
	 */
	protected Integer minimumSampleSize = MINIMUM_SAMPLE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected static final MetricTier TIER_EDEFAULT = MetricTier.OUTCOME;

	/**
	 * The cached value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected MetricTier tier = TIER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.MEASUREMENT_POINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurableElement getAttachedTo() {
		if (attachedTo != null && attachedTo.eIsProxy()) {
			InternalEObject oldAttachedTo = (InternalEObject)attachedTo;
			attachedTo = (MeasurableElement)eResolveProxy(oldAttachedTo);
			if (attachedTo != oldAttachedTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JourneyPackage.MEASUREMENT_POINT__ATTACHED_TO, oldAttachedTo, attachedTo));
			}
		}
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurableElement basicGetAttachedTo() {
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachedTo(MeasurableElement newAttachedTo) {
		MeasurableElement oldAttachedTo = attachedTo;
		attachedTo = newAttachedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__ATTACHED_TO, oldAttachedTo, attachedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetricId() {
		return metricId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetricId(String newMetricId) {
		String oldMetricId = metricId;
		metricId = newMetricId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__METRIC_ID, oldMetricId, metricId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, JourneyPackage.MEASUREMENT_POINT__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScale(Scale newScale, NotificationChain msgs) {
		Scale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__SCALE, oldScale, newScale);
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
	public void setScale(Scale newScale) {
		if (newScale != scale) {
			NotificationChain msgs = null;
			if (scale != null)
				msgs = ((InternalEObject)scale).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JourneyPackage.MEASUREMENT_POINT__SCALE, null, msgs);
			if (newScale != null)
				msgs = ((InternalEObject)newScale).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JourneyPackage.MEASUREMENT_POINT__SCALE, null, msgs);
			msgs = basicSetScale(newScale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__SCALE, newScale, newScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Timing getTiming() {
		return timing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiming(Timing newTiming) {
		Timing oldTiming = timing;
		timing = newTiming == null ? TIMING_EDEFAULT : newTiming;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__TIMING, oldTiming, timing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWithinHours() {
		return withinHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithinHours(Integer newWithinHours) {
		Integer oldWithinHours = withinHours;
		withinHours = newWithinHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__WITHIN_HOURS, oldWithinHours, withinHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__PERIOD, oldPeriod, period));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JourneyPackage.MEASUREMENT_POINT__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<CustomerSegment>(CustomerSegment.class, this, JourneyPackage.MEASUREMENT_POINT__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTargetValue() {
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(Double newTargetValue) {
		Double oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinimumSampleSize() {
		return minimumSampleSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumSampleSize(Integer newMinimumSampleSize) {
		Integer oldMinimumSampleSize = minimumSampleSize;
		minimumSampleSize = newMinimumSampleSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE, oldMinimumSampleSize, minimumSampleSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricTier getTier() {
		return tier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTier(MetricTier newTier) {
		MetricTier oldTier = tier;
		tier = newTier == null ? TIER_EDEFAULT : newTier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.MEASUREMENT_POINT__TIER, oldTier, tier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JourneyPackage.MEASUREMENT_POINT__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
			case JourneyPackage.MEASUREMENT_POINT__SCALE:
				return basicSetScale(null, msgs);
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
			case JourneyPackage.MEASUREMENT_POINT__ATTACHED_TO:
				if (resolve) return getAttachedTo();
				return basicGetAttachedTo();
			case JourneyPackage.MEASUREMENT_POINT__METRIC_ID:
				return getMetricId();
			case JourneyPackage.MEASUREMENT_POINT__QUESTIONS:
				return getQuestions();
			case JourneyPackage.MEASUREMENT_POINT__SCALE:
				return getScale();
			case JourneyPackage.MEASUREMENT_POINT__TIMING:
				return getTiming();
			case JourneyPackage.MEASUREMENT_POINT__WITHIN_HOURS:
				return getWithinHours();
			case JourneyPackage.MEASUREMENT_POINT__PERIOD:
				return getPeriod();
			case JourneyPackage.MEASUREMENT_POINT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case JourneyPackage.MEASUREMENT_POINT__SEGMENTS:
				return getSegments();
			case JourneyPackage.MEASUREMENT_POINT__TARGET_VALUE:
				return getTargetValue();
			case JourneyPackage.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE:
				return getMinimumSampleSize();
			case JourneyPackage.MEASUREMENT_POINT__TIER:
				return getTier();
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
			case JourneyPackage.MEASUREMENT_POINT__ATTACHED_TO:
				setAttachedTo((MeasurableElement)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__METRIC_ID:
				setMetricId((String)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends LocalizedText>)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__SCALE:
				setScale((Scale)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__TIMING:
				setTiming((Timing)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__WITHIN_HOURS:
				setWithinHours((Integer)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__PERIOD:
				setPeriod((String)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__TARGET_VALUE:
				setTargetValue((Double)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE:
				setMinimumSampleSize((Integer)newValue);
				return;
			case JourneyPackage.MEASUREMENT_POINT__TIER:
				setTier((MetricTier)newValue);
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
			case JourneyPackage.MEASUREMENT_POINT__ATTACHED_TO:
				setAttachedTo((MeasurableElement)null);
				return;
			case JourneyPackage.MEASUREMENT_POINT__METRIC_ID:
				setMetricId(METRIC_ID_EDEFAULT);
				return;
			case JourneyPackage.MEASUREMENT_POINT__QUESTIONS:
				getQuestions().clear();
				return;
			case JourneyPackage.MEASUREMENT_POINT__SCALE:
				setScale((Scale)null);
				return;
			case JourneyPackage.MEASUREMENT_POINT__TIMING:
				setTiming(TIMING_EDEFAULT);
				return;
			case JourneyPackage.MEASUREMENT_POINT__WITHIN_HOURS:
				setWithinHours(WITHIN_HOURS_EDEFAULT);
				return;
			case JourneyPackage.MEASUREMENT_POINT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case JourneyPackage.MEASUREMENT_POINT__CHANNEL:
				setChannel((Channel)null);
				return;
			case JourneyPackage.MEASUREMENT_POINT__SEGMENTS:
				getSegments().clear();
				return;
			case JourneyPackage.MEASUREMENT_POINT__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case JourneyPackage.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE:
				setMinimumSampleSize(MINIMUM_SAMPLE_SIZE_EDEFAULT);
				return;
			case JourneyPackage.MEASUREMENT_POINT__TIER:
				setTier(TIER_EDEFAULT);
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
			case JourneyPackage.MEASUREMENT_POINT__ATTACHED_TO:
				return attachedTo != null;
			case JourneyPackage.MEASUREMENT_POINT__METRIC_ID:
				return METRIC_ID_EDEFAULT == null ? metricId != null : !METRIC_ID_EDEFAULT.equals(metricId);
			case JourneyPackage.MEASUREMENT_POINT__QUESTIONS:
				return questions != null && !questions.isEmpty();
			case JourneyPackage.MEASUREMENT_POINT__SCALE:
				return scale != null;
			case JourneyPackage.MEASUREMENT_POINT__TIMING:
				return timing != TIMING_EDEFAULT;
			case JourneyPackage.MEASUREMENT_POINT__WITHIN_HOURS:
				return WITHIN_HOURS_EDEFAULT == null ? withinHours != null : !WITHIN_HOURS_EDEFAULT.equals(withinHours);
			case JourneyPackage.MEASUREMENT_POINT__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case JourneyPackage.MEASUREMENT_POINT__CHANNEL:
				return channel != null;
			case JourneyPackage.MEASUREMENT_POINT__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case JourneyPackage.MEASUREMENT_POINT__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case JourneyPackage.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE:
				return MINIMUM_SAMPLE_SIZE_EDEFAULT == null ? minimumSampleSize != null : !MINIMUM_SAMPLE_SIZE_EDEFAULT.equals(minimumSampleSize);
			case JourneyPackage.MEASUREMENT_POINT__TIER:
				return tier != TIER_EDEFAULT;
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
		result.append(" (metricId: ");
		result.append(metricId);
		result.append(", timing: ");
		result.append(timing);
		result.append(", withinHours: ");
		result.append(withinHours);
		result.append(", period: ");
		result.append(period);
		result.append(", targetValue: ");
		result.append(targetValue);
		result.append(", minimumSampleSize: ");
		result.append(minimumSampleSize);
		result.append(", tier: ");
		result.append(tier);
		result.append(')');
		return result.toString();
	}

} //MeasurementPointImpl
