/**
 * The movement core: {@link org.greenledger.chaincode.contract.movement.MovementCore} is the only
 * code that changes a holding (lots of bond units and deposit tokens, serial blocks of carbon
 * credits). It applies the compliance rules each kind of movement must pass, writes the stores,
 * keeps the outstanding totals and records every movement. The stores are read from anywhere and
 * written only from here (PackageStructureTest checks it).
 */
package org.greenledger.chaincode.contract.movement;
