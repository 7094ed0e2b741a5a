/**
 * Enrollment of keys held in an HSM with an org's Fabric CA: a key generated inside a PKCS#11
 * token ({@link org.greenledger.client.enrollment.HsmKeys}), a certificate signing request signed
 * inside it, sent to the CA's enroll API ({@link org.greenledger.client.enrollment.FabricCa}),
 * and the issued certificate stored back beside the key. The operators' CLI
 * ({@code greenledger hsm}) and the integration tests use it; the SDK does not.
 */
package org.greenledger.client.enrollment;
