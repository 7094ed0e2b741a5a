package org.greenledger.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * The attack the endorsers' time window stops: a member's client that stamps its proposal with a
 * time of its choosing (the chaincode's clock is the transaction timestamp, which the client sets
 * in the proposal's channel header) and signs it with its own enrolled key, as any client written
 * outside this project could. Test code only; nothing in the SDK chooses the stamp.
 */
final class ForgedStamp implements ProposalPreparation {
    private final Instant at;
    private final Signer signer;

    ForgedStamp(Instant at, Signer signer) {
        this.at = at;
        this.signer = signer;
    }

    /**
     * Sends {@code tx} as {@code client}'s org, stamped {@code at}, endorsed by {@code endorsers}
     * (or by the orgs the Gateway chooses when none are named), and waits for its commit status.
     *
     * @throws GreenLedgerException the endorsers' refusal, as the SDK reports it
     */
    static Status submit(GatewayConnection client, Signer signer, Instant at, Transaction<?, ?> tx, List<String> endorsers,
            String... args) throws CommitStatusException {
        Proposal.Builder builder = client.network().getContract(client.network().getName(), tx.contract())
                .newProposal(tx.txName()).addArguments(args);
        if (!endorsers.isEmpty()) {
            builder.setEndorsingOrganizations(endorsers.toArray(String[]::new));
        }
        Proposal forged = new ForgedStamp(at, signer).prepare(client.gateway(), builder.build());
        try {
            return forged.endorse().submitAsync().getStatus();
        } catch (EndorseException | SubmitException e) {
            throw Invoker.translate(tx, e);
        }
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
