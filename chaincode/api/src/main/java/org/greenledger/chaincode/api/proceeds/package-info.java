/**
 * Use of proceeds and impact (ICMA Green Bond Principles): the green project register, the
 * allocation of a bond's net proceeds to eligible projects, the verifier's covenant flags, impact
 * reported by the issuer and attested by the verifier, and the reports computed from them.
 */
package org.greenledger.chaincode.api.proceeds;
