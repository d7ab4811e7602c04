/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.journey;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The semantic model of a customer journey: what the customer goes through and where the experience is measured. Knows nothing about diagrams (see the notation package).
 * <!-- end-model-doc -->
 * @see org.cxworkbench.model.journey.JourneyFactory
 * @model kind="package"
 * @generated
 */
public interface JourneyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "journey";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://cxworkbench.org/journey/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "journey";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JourneyPackage eINSTANCE = org.cxworkbench.model.journey.impl.JourneyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.IdentifiedElementImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.NamedElementImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.MeasurableElementImpl <em>Measurable Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.MeasurableElementImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getMeasurableElement()
	 * @generated
	 */
	int MEASURABLE_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_ELEMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_ELEMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Measurable Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Measurable Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.JourneyImpl <em>Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.JourneyImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getJourney()
	 * @generated
	 */
	int JOURNEY = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__ID = MEASURABLE_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__NAME = MEASURABLE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__DESCRIPTION = MEASURABLE_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__OWNER = MEASURABLE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__VERSION = MEASURABLE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__STAGES = MEASURABLE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__CHANNELS = MEASURABLE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__TOUCHPOINTS = MEASURABLE_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Paths</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__PATHS = MEASURABLE_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__SEGMENTS = MEASURABLE_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Accounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__ACCOUNTS = MEASURABLE_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Measurement Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__MEASUREMENT_POINTS = MEASURABLE_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FEATURE_COUNT = MEASURABLE_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_OPERATION_COUNT = MEASURABLE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.StageImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ID = MEASURABLE_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = MEASURABLE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__DESCRIPTION = MEASURABLE_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TOUCHPOINTS = MEASURABLE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = MEASURABLE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = MEASURABLE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.ChannelImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.TouchpointImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ID = MEASURABLE_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = MEASURABLE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = MEASURABLE_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__STAGE = MEASURABLE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CHANNEL = MEASURABLE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__KIND = MEASURABLE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DIRECT = MEASURABLE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Visibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__VISIBILITY = MEASURABLE_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__OWNER = MEASURABLE_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__MOMENT_OF_TRUTH = MEASURABLE_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = MEASURABLE_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_OPERATION_COUNT = MEASURABLE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.PathImpl <em>Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.PathImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getPath()
	 * @generated
	 */
	int PATH = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH__FROM = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH__TO = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH__LABEL = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH__SHARE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.CustomerSegmentImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getCustomerSegment()
	 * @generated
	 */
	int CUSTOMER_SEGMENT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.AccountImpl <em>Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.AccountImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getAccount()
	 * @generated
	 */
	int ACCOUNT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SEGMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CONTACTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.ContactImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.ContactGroupImpl <em>Contact Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.ContactGroupImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getContactGroup()
	 * @generated
	 */
	int CONTACT_GROUP = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_GROUP__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_GROUP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_GROUP__MEMBERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Contact Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Contact Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl <em>Measurement Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.MeasurementPointImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getMeasurementPoint()
	 * @generated
	 */
	int MEASUREMENT_POINT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__ATTACHED_TO = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metric Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__METRIC_ID = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__QUESTIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__SCALE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__TIMING = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Within Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__WITHIN_HOURS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__PERIOD = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__TARGET_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Minimum Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT__TIER = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Measurement Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Measurement Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_POINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.LocalizedTextImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 13;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.ScaleImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 14;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__MIN = 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__MAX = 1;

	/**
	 * The feature id for the '<em><b>Good End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__GOOD_END = 2;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__LABELS = 3;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.impl.ScaleLabelImpl <em>Scale Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.impl.ScaleLabelImpl
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getScaleLabel()
	 * @generated
	 */
	int SCALE_LABEL = 15;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LABEL__LANGUAGE = LOCALIZED_TEXT__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LABEL__TEXT = LOCALIZED_TEXT__TEXT;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LABEL__VALUE = LOCALIZED_TEXT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Scale Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LABEL_FEATURE_COUNT = LOCALIZED_TEXT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Scale Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LABEL_OPERATION_COUNT = LOCALIZED_TEXT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.TouchpointKind <em>Touchpoint Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.TouchpointKind
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getTouchpointKind()
	 * @generated
	 */
	int TOUCHPOINT_KIND = 16;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.Visibility <em>Visibility</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.Visibility
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getVisibility()
	 * @generated
	 */
	int VISIBILITY = 17;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.SegmentKind <em>Segment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.SegmentKind
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getSegmentKind()
	 * @generated
	 */
	int SEGMENT_KIND = 18;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.GoodEnd <em>Good End</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.GoodEnd
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getGoodEnd()
	 * @generated
	 */
	int GOOD_END = 19;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.Timing <em>Timing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.Timing
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getTiming()
	 * @generated
	 */
	int TIMING = 20;

	/**
	 * The meta object id for the '{@link org.cxworkbench.model.journey.MetricTier <em>Metric Tier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxworkbench.model.journey.MetricTier
	 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getMetricTier()
	 * @generated
	 */
	int METRIC_TIER = 21;


	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.cxworkbench.model.journey.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.IdentifiedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cxworkbench.model.journey.IdentifiedElement#getId()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Id();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.cxworkbench.model.journey.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cxworkbench.model.journey.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cxworkbench.model.journey.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.MeasurableElement <em>Measurable Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurable Element</em>'.
	 * @see org.cxworkbench.model.journey.MeasurableElement
	 * @generated
	 */
	EClass getMeasurableElement();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Journey <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey</em>'.
	 * @see org.cxworkbench.model.journey.Journey
	 * @generated
	 */
	EClass getJourney();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Journey#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getOwner()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Journey#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getVersion()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getStages()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getChannels()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getTouchpoints()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Touchpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getPaths <em>Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paths</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getPaths()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Paths();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getSegments()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getAccounts <em>Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accounts</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getAccounts()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Accounts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Journey#getMeasurementPoints <em>Measurement Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurement Points</em>'.
	 * @see org.cxworkbench.model.journey.Journey#getMeasurementPoints()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_MeasurementPoints();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.cxworkbench.model.journey.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the reference list '{@link org.cxworkbench.model.journey.Stage#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Touchpoints</em>'.
	 * @see org.cxworkbench.model.journey.Stage#getTouchpoints()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Touchpoints();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.cxworkbench.model.journey.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.Touchpoint#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#getStage()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Stage();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.Touchpoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#getChannel()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Touchpoint#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#getKind()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Touchpoint#isDirect <em>Direct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#isDirect()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Direct();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Touchpoint#getVisibility <em>Visibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visibility</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#getVisibility()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Visibility();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Touchpoint#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#getOwner()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moment Of Truth</em>'.
	 * @see org.cxworkbench.model.journey.Touchpoint#isMomentOfTruth()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_MomentOfTruth();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Path <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Path</em>'.
	 * @see org.cxworkbench.model.journey.Path
	 * @generated
	 */
	EClass getPath();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.Path#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.cxworkbench.model.journey.Path#getFrom()
	 * @see #getPath()
	 * @generated
	 */
	EReference getPath_From();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.Path#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.cxworkbench.model.journey.Path#getTo()
	 * @see #getPath()
	 * @generated
	 */
	EReference getPath_To();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Path#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.cxworkbench.model.journey.Path#getLabel()
	 * @see #getPath()
	 * @generated
	 */
	EAttribute getPath_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Path#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.cxworkbench.model.journey.Path#getShare()
	 * @see #getPath()
	 * @generated
	 */
	EAttribute getPath_Share();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Segment</em>'.
	 * @see org.cxworkbench.model.journey.CustomerSegment
	 * @generated
	 */
	EClass getCustomerSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.CustomerSegment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxworkbench.model.journey.CustomerSegment#getKind()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Kind();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account</em>'.
	 * @see org.cxworkbench.model.journey.Account
	 * @generated
	 */
	EClass getAccount();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.Account#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.cxworkbench.model.journey.Account#getSegment()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Segment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Account#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.cxworkbench.model.journey.Account#getContacts()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Account#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.cxworkbench.model.journey.Account#getGroups()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Groups();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.cxworkbench.model.journey.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.cxworkbench.model.journey.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.cxworkbench.model.journey.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.ContactGroup <em>Contact Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Group</em>'.
	 * @see org.cxworkbench.model.journey.ContactGroup
	 * @generated
	 */
	EClass getContactGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.cxworkbench.model.journey.ContactGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.cxworkbench.model.journey.ContactGroup#getMembers()
	 * @see #getContactGroup()
	 * @generated
	 */
	EReference getContactGroup_Members();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.MeasurementPoint <em>Measurement Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement Point</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint
	 * @generated
	 */
	EClass getMeasurementPoint();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.MeasurementPoint#getAttachedTo <em>Attached To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attached To</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getAttachedTo()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EReference getMeasurementPoint_AttachedTo();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getMetricId <em>Metric Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric Id</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getMetricId()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_MetricId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.MeasurementPoint#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getQuestions()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EReference getMeasurementPoint_Questions();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxworkbench.model.journey.MeasurementPoint#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getScale()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EReference getMeasurementPoint_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getTiming()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_Timing();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getWithinHours <em>Within Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Within Hours</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getWithinHours()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_WithinHours();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getPeriod()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_Period();

	/**
	 * Returns the meta object for the reference '{@link org.cxworkbench.model.journey.MeasurementPoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getChannel()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EReference getMeasurementPoint_Channel();

	/**
	 * Returns the meta object for the reference list '{@link org.cxworkbench.model.journey.MeasurementPoint#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getSegments()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EReference getMeasurementPoint_Segments();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getTargetValue()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getMinimumSampleSize <em>Minimum Sample Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Sample Size</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getMinimumSampleSize()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_MinimumSampleSize();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.MeasurementPoint#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.cxworkbench.model.journey.MeasurementPoint#getTier()
	 * @see #getMeasurementPoint()
	 * @generated
	 */
	EAttribute getMeasurementPoint_Tier();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see org.cxworkbench.model.journey.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.LocalizedText#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.cxworkbench.model.journey.LocalizedText#getLanguage()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.LocalizedText#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.cxworkbench.model.journey.LocalizedText#getText()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Text();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see org.cxworkbench.model.journey.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Scale#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.cxworkbench.model.journey.Scale#getMin()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Scale#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.cxworkbench.model.journey.Scale#getMax()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.Scale#getGoodEnd <em>Good End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Good End</em>'.
	 * @see org.cxworkbench.model.journey.Scale#getGoodEnd()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_GoodEnd();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxworkbench.model.journey.Scale#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.cxworkbench.model.journey.Scale#getLabels()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Labels();

	/**
	 * Returns the meta object for class '{@link org.cxworkbench.model.journey.ScaleLabel <em>Scale Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Label</em>'.
	 * @see org.cxworkbench.model.journey.ScaleLabel
	 * @generated
	 */
	EClass getScaleLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.cxworkbench.model.journey.ScaleLabel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cxworkbench.model.journey.ScaleLabel#getValue()
	 * @see #getScaleLabel()
	 * @generated
	 */
	EAttribute getScaleLabel_Value();

	/**
	 * Returns the meta object for enum '{@link org.cxworkbench.model.journey.TouchpointKind <em>Touchpoint Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Touchpoint Kind</em>'.
	 * @see org.cxworkbench.model.journey.TouchpointKind
	 * @generated
	 */
	EEnum getTouchpointKind();

	/**
	 * Returns the meta object for enum '{@link org.cxworkbench.model.journey.Visibility <em>Visibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visibility</em>'.
	 * @see org.cxworkbench.model.journey.Visibility
	 * @generated
	 */
	EEnum getVisibility();

	/**
	 * Returns the meta object for enum '{@link org.cxworkbench.model.journey.SegmentKind <em>Segment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segment Kind</em>'.
	 * @see org.cxworkbench.model.journey.SegmentKind
	 * @generated
	 */
	EEnum getSegmentKind();

	/**
	 * Returns the meta object for enum '{@link org.cxworkbench.model.journey.GoodEnd <em>Good End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Good End</em>'.
	 * @see org.cxworkbench.model.journey.GoodEnd
	 * @generated
	 */
	EEnum getGoodEnd();

	/**
	 * Returns the meta object for enum '{@link org.cxworkbench.model.journey.Timing <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Timing</em>'.
	 * @see org.cxworkbench.model.journey.Timing
	 * @generated
	 */
	EEnum getTiming();

	/**
	 * Returns the meta object for enum '{@link org.cxworkbench.model.journey.MetricTier <em>Metric Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Tier</em>'.
	 * @see org.cxworkbench.model.journey.MetricTier
	 * @generated
	 */
	EEnum getMetricTier();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	JourneyFactory getJourneyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.IdentifiedElementImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__ID = eINSTANCE.getIdentifiedElement_Id();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.NamedElementImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.MeasurableElementImpl <em>Measurable Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.MeasurableElementImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getMeasurableElement()
		 * @generated
		 */
		EClass MEASURABLE_ELEMENT = eINSTANCE.getMeasurableElement();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.JourneyImpl <em>Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.JourneyImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getJourney()
		 * @generated
		 */
		EClass JOURNEY = eINSTANCE.getJourney();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__OWNER = eINSTANCE.getJourney_Owner();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__VERSION = eINSTANCE.getJourney_Version();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__STAGES = eINSTANCE.getJourney_Stages();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__CHANNELS = eINSTANCE.getJourney_Channels();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__TOUCHPOINTS = eINSTANCE.getJourney_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Paths</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__PATHS = eINSTANCE.getJourney_Paths();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__SEGMENTS = eINSTANCE.getJourney_Segments();

		/**
		 * The meta object literal for the '<em><b>Accounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__ACCOUNTS = eINSTANCE.getJourney_Accounts();

		/**
		 * The meta object literal for the '<em><b>Measurement Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__MEASUREMENT_POINTS = eINSTANCE.getJourney_MeasurementPoints();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.StageImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__TOUCHPOINTS = eINSTANCE.getStage_Touchpoints();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.ChannelImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.TouchpointImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__STAGE = eINSTANCE.getTouchpoint_Stage();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__CHANNEL = eINSTANCE.getTouchpoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__KIND = eINSTANCE.getTouchpoint_Kind();

		/**
		 * The meta object literal for the '<em><b>Direct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DIRECT = eINSTANCE.getTouchpoint_Direct();

		/**
		 * The meta object literal for the '<em><b>Visibility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__VISIBILITY = eINSTANCE.getTouchpoint_Visibility();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__OWNER = eINSTANCE.getTouchpoint_Owner();

		/**
		 * The meta object literal for the '<em><b>Moment Of Truth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__MOMENT_OF_TRUTH = eINSTANCE.getTouchpoint_MomentOfTruth();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.PathImpl <em>Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.PathImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getPath()
		 * @generated
		 */
		EClass PATH = eINSTANCE.getPath();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATH__FROM = eINSTANCE.getPath_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATH__TO = eINSTANCE.getPath_To();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATH__LABEL = eINSTANCE.getPath_Label();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATH__SHARE = eINSTANCE.getPath_Share();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.CustomerSegmentImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getCustomerSegment()
		 * @generated
		 */
		EClass CUSTOMER_SEGMENT = eINSTANCE.getCustomerSegment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__KIND = eINSTANCE.getCustomerSegment_Kind();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.AccountImpl <em>Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.AccountImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getAccount()
		 * @generated
		 */
		EClass ACCOUNT = eINSTANCE.getAccount();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__SEGMENT = eINSTANCE.getAccount_Segment();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__CONTACTS = eINSTANCE.getAccount_Contacts();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__GROUPS = eINSTANCE.getAccount_Groups();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.ContactImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.ContactGroupImpl <em>Contact Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.ContactGroupImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getContactGroup()
		 * @generated
		 */
		EClass CONTACT_GROUP = eINSTANCE.getContactGroup();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT_GROUP__MEMBERS = eINSTANCE.getContactGroup_Members();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.MeasurementPointImpl <em>Measurement Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.MeasurementPointImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getMeasurementPoint()
		 * @generated
		 */
		EClass MEASUREMENT_POINT = eINSTANCE.getMeasurementPoint();

		/**
		 * The meta object literal for the '<em><b>Attached To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT_POINT__ATTACHED_TO = eINSTANCE.getMeasurementPoint_AttachedTo();

		/**
		 * The meta object literal for the '<em><b>Metric Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__METRIC_ID = eINSTANCE.getMeasurementPoint_MetricId();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT_POINT__QUESTIONS = eINSTANCE.getMeasurementPoint_Questions();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT_POINT__SCALE = eINSTANCE.getMeasurementPoint_Scale();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__TIMING = eINSTANCE.getMeasurementPoint_Timing();

		/**
		 * The meta object literal for the '<em><b>Within Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__WITHIN_HOURS = eINSTANCE.getMeasurementPoint_WithinHours();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__PERIOD = eINSTANCE.getMeasurementPoint_Period();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT_POINT__CHANNEL = eINSTANCE.getMeasurementPoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT_POINT__SEGMENTS = eINSTANCE.getMeasurementPoint_Segments();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__TARGET_VALUE = eINSTANCE.getMeasurementPoint_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Minimum Sample Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__MINIMUM_SAMPLE_SIZE = eINSTANCE.getMeasurementPoint_MinimumSampleSize();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_POINT__TIER = eINSTANCE.getMeasurementPoint_Tier();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.LocalizedTextImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__LANGUAGE = eINSTANCE.getLocalizedText_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__TEXT = eINSTANCE.getLocalizedText_Text();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.ScaleImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__MIN = eINSTANCE.getScale_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__MAX = eINSTANCE.getScale_Max();

		/**
		 * The meta object literal for the '<em><b>Good End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__GOOD_END = eINSTANCE.getScale_GoodEnd();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__LABELS = eINSTANCE.getScale_Labels();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.impl.ScaleLabelImpl <em>Scale Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.impl.ScaleLabelImpl
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getScaleLabel()
		 * @generated
		 */
		EClass SCALE_LABEL = eINSTANCE.getScaleLabel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LABEL__VALUE = eINSTANCE.getScaleLabel_Value();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.TouchpointKind <em>Touchpoint Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.TouchpointKind
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getTouchpointKind()
		 * @generated
		 */
		EEnum TOUCHPOINT_KIND = eINSTANCE.getTouchpointKind();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.Visibility <em>Visibility</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.Visibility
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getVisibility()
		 * @generated
		 */
		EEnum VISIBILITY = eINSTANCE.getVisibility();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.SegmentKind <em>Segment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.SegmentKind
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getSegmentKind()
		 * @generated
		 */
		EEnum SEGMENT_KIND = eINSTANCE.getSegmentKind();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.GoodEnd <em>Good End</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.GoodEnd
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getGoodEnd()
		 * @generated
		 */
		EEnum GOOD_END = eINSTANCE.getGoodEnd();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.Timing <em>Timing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.Timing
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getTiming()
		 * @generated
		 */
		EEnum TIMING = eINSTANCE.getTiming();

		/**
		 * The meta object literal for the '{@link org.cxworkbench.model.journey.MetricTier <em>Metric Tier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxworkbench.model.journey.MetricTier
		 * @see org.cxworkbench.model.journey.impl.JourneyPackageImpl#getMetricTier()
		 * @generated
		 */
		EEnum METRIC_TIER = eINSTANCE.getMetricTier();

	}

} //JourneyPackage
