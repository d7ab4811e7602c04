/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.provider;


import java.util.Collection;
import java.util.List;

import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurementPoint;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cxworkbench.model.journey.MeasurementPoint} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MeasurementPointItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurementPointItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addAttachedToPropertyDescriptor(object);
			addMetricIdPropertyDescriptor(object);
			addTimingPropertyDescriptor(object);
			addWithinHoursPropertyDescriptor(object);
			addPeriodPropertyDescriptor(object);
			addChannelPropertyDescriptor(object);
			addSegmentsPropertyDescriptor(object);
			addTargetValuePropertyDescriptor(object);
			addMinimumSampleSizePropertyDescriptor(object);
			addTierPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Attached To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttachedToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_attachedTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_attachedTo_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__ATTACHED_TO,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Metric Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMetricIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_metricId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_metricId_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__METRIC_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Timing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_timing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_timing_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__TIMING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Within Hours feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWithinHoursPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_withinHours_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_withinHours_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__WITHIN_HOURS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_period_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_period_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Channel feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_channel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_channel_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__CHANNEL,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Segments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSegmentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_segments_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_segments_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__SEGMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_targetValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_targetValue_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__TARGET_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Sample Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumSampleSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_minimumSampleSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_minimumSampleSize_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tier feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTierPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeasurementPoint_tier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeasurementPoint_tier_feature", "_UI_MeasurementPoint_type"),
				 JourneyPackage.Literals.MEASUREMENT_POINT__TIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(JourneyPackage.Literals.MEASUREMENT_POINT__QUESTIONS);
			childrenFeatures.add(JourneyPackage.Literals.MEASUREMENT_POINT__SCALE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns MeasurementPoint.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MeasurementPoint"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MeasurementPoint)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_MeasurementPoint_type") :
			getString("_UI_MeasurementPoint_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(MeasurementPoint.class)) {
			case JourneyPackage.MEASUREMENT_POINT__METRIC_ID:
			case JourneyPackage.MEASUREMENT_POINT__TIMING:
			case JourneyPackage.MEASUREMENT_POINT__WITHIN_HOURS:
			case JourneyPackage.MEASUREMENT_POINT__PERIOD:
			case JourneyPackage.MEASUREMENT_POINT__TARGET_VALUE:
			case JourneyPackage.MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE:
			case JourneyPackage.MEASUREMENT_POINT__TIER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JourneyPackage.MEASUREMENT_POINT__QUESTIONS:
			case JourneyPackage.MEASUREMENT_POINT__SCALE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.MEASUREMENT_POINT__QUESTIONS,
				 JourneyFactory.eINSTANCE.createLocalizedText()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.MEASUREMENT_POINT__QUESTIONS,
				 JourneyFactory.eINSTANCE.createScaleLabel()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.MEASUREMENT_POINT__SCALE,
				 JourneyFactory.eINSTANCE.createScale()));
	}

}
