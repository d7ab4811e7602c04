/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey.provider;


import java.util.Collection;
import java.util.List;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.JourneyPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cxworkbench.model.journey.Journey} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class JourneyItemProvider extends MeasurableElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyItemProvider(AdapterFactory adapterFactory) {
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

			addOwnerPropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Journey_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Journey_owner_feature", "_UI_Journey_type"),
				 JourneyPackage.Literals.JOURNEY__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Journey_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Journey_version_feature", "_UI_Journey_type"),
				 JourneyPackage.Literals.JOURNEY__VERSION,
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
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__STAGES);
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__CHANNELS);
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__TOUCHPOINTS);
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__PATHS);
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__SEGMENTS);
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__ACCOUNTS);
			childrenFeatures.add(JourneyPackage.Literals.JOURNEY__MEASUREMENT_POINTS);
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
	 * This returns Journey.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Journey"));
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
		String label = ((Journey)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Journey_type") :
			getString("_UI_Journey_type") + " " + label;
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

		switch (notification.getFeatureID(Journey.class)) {
			case JourneyPackage.JOURNEY__OWNER:
			case JourneyPackage.JOURNEY__VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JourneyPackage.JOURNEY__STAGES:
			case JourneyPackage.JOURNEY__CHANNELS:
			case JourneyPackage.JOURNEY__TOUCHPOINTS:
			case JourneyPackage.JOURNEY__PATHS:
			case JourneyPackage.JOURNEY__SEGMENTS:
			case JourneyPackage.JOURNEY__ACCOUNTS:
			case JourneyPackage.JOURNEY__MEASUREMENT_POINTS:
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
				(JourneyPackage.Literals.JOURNEY__STAGES,
				 JourneyFactory.eINSTANCE.createStage()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.JOURNEY__CHANNELS,
				 JourneyFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.JOURNEY__TOUCHPOINTS,
				 JourneyFactory.eINSTANCE.createTouchpoint()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.JOURNEY__PATHS,
				 JourneyFactory.eINSTANCE.createPath()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.JOURNEY__SEGMENTS,
				 JourneyFactory.eINSTANCE.createCustomerSegment()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.JOURNEY__ACCOUNTS,
				 JourneyFactory.eINSTANCE.createAccount()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.JOURNEY__MEASUREMENT_POINTS,
				 JourneyFactory.eINSTANCE.createMeasurementPoint()));
	}

}
