package org.greenledger.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * Sends proposals stamped with a chosen time, for tests of what the ledger does on a coupon date,
 * at maturity or after a KYC attestation expired. The chaincode's clock is the transaction
 * timestamp, which the client sets in the proposal's channel header and signs; this rewrites that
 * field and signs the result with the same key, through the Gateway's offline-signing path.
 *
 * <p>The peer version this project pins does not bound the proposal timestamp; a peer that does
 * (a check against {@code peer.authentication.timewindow}, merged into Fabric's main line in 2024)
 * would refuse these.
 */
final class TimeShift implements ProposalPreparation {
    private final Instant at;
    private final Signer signer;

    TimeShift(Instant at, Signer signer) {
        this.at = at;
        this.signer = signer;
    }

    @Override
    public Proposal prepare(Gateway gateway, Proposal built) {
        try {
            ProposedTransaction proposed = ProposedTransaction.parseFrom(built.getBytes());
            var proposal = org.hyperledger.fabric.protos.peer.Proposal.parseFrom(
                    proposed.getProposal().getProposalBytes());
            Header header = Header.parseFrom(proposal.getHeader());
            ChannelHeader channelHeader = ChannelHeader.parseFrom(header.getChannelHeader()).toBuilder()
                    .setTimestamp(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                    .build();
            ByteString restamped = proposal.toBuilder()
                    .setHeader(header.toBuilder().setChannelHeader(channelHeader.toByteString()).build().toByteString())
                    .build().toByteString();
            ProposedTransaction rebuilt = proposed.toBuilder()
                    .setProposal(SignedProposal.newBuilder().setProposalBytes(restamped)).build();
            byte[] signature = signer.sign(MessageDigest.getInstance("SHA-256").digest(restamped.toByteArray()));
            return gateway.newSignedProposal(rebuilt.toByteArray(), signature);
        } catch (InvalidProtocolBufferException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot restamp the proposal", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the restamped proposal", e);
        }
    }
}
