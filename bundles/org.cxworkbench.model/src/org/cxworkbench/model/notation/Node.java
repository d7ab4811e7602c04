/**
 * Copyright (c) CX Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.cxworkbench.model.notation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A touchpoint (or a measurement point) drawn as a box.
 * <!-- end-model-doc -->
 *
 *
 * @see org.cxworkbench.model.notation.NotationPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends Shape {
} // Node
