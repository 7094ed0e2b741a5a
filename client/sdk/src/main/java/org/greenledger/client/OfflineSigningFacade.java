package org.greenledger.client;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;

final class OfflineSigningFacade implements OfflineSigning {
    private final Gateway gateway;
    private final Network network;
    private final String chaincode;

    OfflineSigningFacade(Gateway gateway, Network network, String chaincode) {
        this.gateway = gateway;
        this.network = network;
        this.chaincode = chaincode;
    }

    @Override
    public <Q> UnsignedProposal prepare(Transaction<Q, ?> transaction, Q request) {
        Proposal proposal = network.getContract(chaincode, transaction.contract()).newProposal(transaction.txName())
                .addArguments(transaction.arguments(request).toArray(String[]::new)).build();
        return new UnsignedProposal(proposal.getTransactionId(), transaction, proposal.getBytes(), proposal.getDigest());
    }

    @Override
    public UnsignedTransaction endorse(UnsignedProposal proposal, byte[] signature) {
        try {
            var endorsed = gateway.newSignedProposal(proposal.bytes(), signature).endorse();
            return new UnsignedTransaction(endorsed.getTransactionId(), proposal.transaction(), endorsed.getBytes(),
                    endorsed.getDigest(), endorsed.getResult());
        } catch (GatewayException e) {
            throw Invoker.translate(proposal.transaction(), e);
        }
    }

    @Override
    public <T> T evaluate(UnsignedProposal proposal, byte[] signature, Type resultType) {
        try {
            return decode(gateway.newSignedProposal(proposal.bytes(), signature).evaluate(), resultType);
        } catch (GatewayException e) {
            throw Invoker.translate(proposal.transaction(), e);
        }
    }

    @Override
    public UnsignedCommit submit(UnsignedTransaction transaction, byte[] signature) {
        try {
            SubmittedTransaction sent = gateway.newSignedTransaction(transaction.bytes(), signature).submitAsync();
            return new UnsignedCommit(sent.getTransactionId(), transaction.transaction(), sent.getBytes(),
                    sent.getDigest(), sent.getResult());
        } catch (GatewayException e) {
            throw Invoker.translate(transaction.transaction(), e);
        }
    }

    @Override
    public <T> T awaitCommit(UnsignedCommit commit, byte[] signature, Type resultType) {
        Status status;
        try {
            status = gateway.newSignedCommit(commit.bytes(), signature).getStatus();
        } catch (GatewayException e) {
            throw Invoker.translate(commit.transaction(), e);
        }
        if (!status.isSuccessful()) {
            throw new NotCommittedException(status.getTransactionId(), status.getCode().name(), null);
        }
        return decode(commit.result(), resultType);
    }

    private static <T> T decode(byte[] result, Type type) {
        return Json.decode(new String(result, StandardCharsets.UTF_8), type);
    }
}
