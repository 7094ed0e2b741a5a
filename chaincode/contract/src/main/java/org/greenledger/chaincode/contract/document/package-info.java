/** Documents about bonds and green projects, registered by hash and URI. */
package org.greenledger.chaincode.contract.document;
