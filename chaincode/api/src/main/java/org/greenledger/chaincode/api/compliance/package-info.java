/** Compliance vocabulary shared by every asset: asset classes and the regulator's sandbox caps. */
package org.greenledger.chaincode.api.compliance;
