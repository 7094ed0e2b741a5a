/** Green bonds: terms, green framework, lifecycle. */
package org.greenledger.chaincode.api.bond;
