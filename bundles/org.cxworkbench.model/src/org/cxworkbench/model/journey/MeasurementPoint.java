/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getAttachedTo <em>Attached To</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getMetricId <em>Metric Id</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getScale <em>Scale</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getWithinHours <em>Within Hours</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getMinimumSampleSize <em>Minimum Sample Size</em>}</li>
 *   <li>{@link org.cxworkbench.model.journey.MeasurementPoint#getTier <em>Tier</em>}</li>
 * </ul>
 *
 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint()
 * @model
 * @generated
 */
public interface MeasurementPoint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attached To</em>' reference.
	 * @see #setAttachedTo(MeasurableElement)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_AttachedTo()
	 * @model
	 * @generated
	 */
	MeasurableElement getAttachedTo();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getAttachedTo <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached To</em>' reference.
	 * @see #getAttachedTo()
	 * @generated
	 */
	void setAttachedTo(MeasurableElement value);

	/**
	 * Returns the value of the '<em><b>Metric Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of a metric contributed through the metric extension point (e.g. nps, csat, ces5); an id, never a Java type, so that a file opens without the plug-in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Id</em>' attribute.
	 * @see #setMetricId(String)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_MetricId()
	 * @model
	 * @generated
	 */
	String getMetricId();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getMetricId <em>Metric Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric Id</em>' attribute.
	 * @see #getMetricId()
	 * @generated
	 */
	void setMetricId(String value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.LocalizedText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getQuestions();

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' containment reference.
	 * @see #setScale(Scale)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Scale()
	 * @model containment="true"
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getScale <em>Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' containment reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Timing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.journey.Timing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timing</em>' attribute.
	 * @see org.cxworkbench.model.journey.Timing
	 * @see #setTiming(Timing)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Timing()
	 * @model
	 * @generated
	 */
	Timing getTiming();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getTiming <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing</em>' attribute.
	 * @see org.cxworkbench.model.journey.Timing
	 * @see #getTiming()
	 * @generated
	 */
	void setTiming(Timing value);

	/**
	 * Returns the value of the '<em><b>Within Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For timing withinHours: at most this many hours after the interaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Within Hours</em>' attribute.
	 * @see #setWithinHours(Integer)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_WithinHours()
	 * @model
	 * @generated
	 */
	Integer getWithinHours();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getWithinHours <em>Within Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Within Hours</em>' attribute.
	 * @see #getWithinHours()
	 * @generated
	 */
	void setWithinHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For timing periodic: an ISO-8601 period such as P3M (quarterly) or P1Y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.cxworkbench.model.journey.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments asked; empty means every segment of the journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Segments()
	 * @model
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(Double)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_TargetValue()
	 * @model
	 * @generated
	 */
	Double getTargetValue();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(Double value);

	/**
	 * Returns the value of the '<em><b>Minimum Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Sample Size</em>' attribute.
	 * @see #setMinimumSampleSize(Integer)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_MinimumSampleSize()
	 * @model
	 * @generated
	 */
	Integer getMinimumSampleSize();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getMinimumSampleSize <em>Minimum Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Sample Size</em>' attribute.
	 * @see #getMinimumSampleSize()
	 * @generated
	 */
	void setMinimumSampleSize(Integer value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxworkbench.model.journey.MetricTier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see org.cxworkbench.model.journey.MetricTier
	 * @see #setTier(MetricTier)
	 * @see org.cxworkbench.model.journey.JourneyPackage#getMeasurementPoint_Tier()
	 * @model
	 * @generated
	 */
	MetricTier getTier();

	/**
	 * Sets the value of the '{@link org.cxworkbench.model.journey.MeasurementPoint#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see org.cxworkbench.model.journey.MetricTier
	 * @see #getTier()
	 * @generated
	 */
	void setTier(MetricTier value);

} // MeasurementPoint
