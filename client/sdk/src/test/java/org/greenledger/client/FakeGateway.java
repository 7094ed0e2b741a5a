package org.greenledger.client;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsResponse;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * A Fabric Gateway in this process, for the SDK's unit tests: it answers the four calls of a
 * transaction and the chaincode event stream the way a peer's Gateway does on the wire, with
 * outcomes a test queues (a refusal, a conflict at commit, a lost connection), and counts the
 * calls it got. It runs no chaincode: every call's result is {@link #result}.
 */
final class FakeGateway extends GatewayGrpc.GatewayImplBase implements AutoCloseable {
    private static final AtomicInteger NAMES = new AtomicInteger();

    final String name = "fake-gateway-" + NAMES.incrementAndGet();
    private final Server server;

    /** What every evaluation and endorsement returns, as the chaincode's response payload. */
    volatile Supplier<byte[]> result = () -> new byte[0];
    /** Failures of the next endorsements, in order; empty: endorse. */
    final Deque<StatusRuntimeException> endorseFailures = new ArrayDeque<>();
    /** Failures of the next evaluations, in order; empty: evaluate. */
    final Deque<StatusRuntimeException> evaluateFailures = new ArrayDeque<>();
    /** Failures of the next submits, in order; empty: accepted. */
    final Deque<StatusRuntimeException> submitFailures = new ArrayDeque<>();
    /** Commit outcomes of the next transactions, in order; empty: VALID. */
    final Deque<TxValidationCode> commitCodes = new ArrayDeque<>();
    /** Whether an endorsement never answers (to test deadlines). */
    volatile boolean endorseHangs;
    /** Whether a commit-status request never answers: the transaction was submitted, its commit not yet seen. */
    volatile boolean commitStatusHangs;

    final AtomicInteger evaluations = new AtomicInteger();
    final AtomicInteger endorsements = new AtomicInteger();
    final AtomicInteger submits = new AtomicInteger();

    /** The chaincode events of the channel, in block order, and the streams listening. */
    private final List<ChaincodeEventsResponse> blocks = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** The next event stream ends with UNAVAILABLE once it has passed this many blocks (its peer going down). */
    volatile int dropNextStreamAfterBlocks = Integer.MAX_VALUE;
    final List<ChaincodeEventsRequest> eventRequests = new CopyOnWriteArrayList<>();

    FakeGateway() throws IOException {
        server = InProcessServerBuilder.forName(name).directExecutor().addService(this).build().start();
    }

    ManagedChannel channel() {
        return InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    /** A failure with a status and a message only, as a Gateway reports its own errors. */
    static StatusRuntimeException failure(Status.Code code, String message) {
        return Status.fromCode(code).withDescription(message).asRuntimeException();
    }

    /**
     * A refusal as the Gateway reports a chaincode error: a status whose details carry each
     * endorser's message, {@code "chaincode response 500, "} and the chaincode's message (here
     * Bank A's peer's, then Bank B's if given).
     */
    static StatusRuntimeException chaincodeError(Status.Code code, String... chaincodeMessages) {
        com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder().setCode(code.value())
                .setMessage("failed to endorse transaction, see attached details for more info");
        String[] orgs = {"BankA", "BankB"};
        for (int i = 0; i < chaincodeMessages.length; i++) {
            String org = orgs[i];
            status.addDetails(Any.pack(ErrorDetail.newBuilder().setAddress("peer0." + org.toLowerCase() + ":7051")
                    .setMspId(org + "MSP").setMessage("chaincode response 500, " + chaincodeMessages[i]).build()));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> response) {
        evaluations.incrementAndGet();
        StatusRuntimeException failure = evaluateFailures.poll();
        if (failure != null) {
            response.onError(failure);
            return;
        }
        response.onNext(EvaluateResponse.newBuilder()
                .setResult(Response.newBuilder().setStatus(200).setPayload(ByteString.copyFrom(result.get()))).build());
        response.onCompleted();
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> response) {
        endorsements.incrementAndGet();
        if (endorseHangs) {
            return;
        }
        StatusRuntimeException failure = endorseFailures.poll();
        if (failure != null) {
            response.onError(failure);
            return;
        }
        response.onNext(EndorseResponse.newBuilder().setPreparedTransaction(envelope(result.get())).build());
        response.onCompleted();
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> response) {
        submits.incrementAndGet();
        StatusRuntimeException failure = submitFailures.poll();
        if (failure != null) {
            response.onError(failure);
            return;
        }
        response.onNext(SubmitResponse.getDefaultInstance());
        response.onCompleted();
    }

    @Override
    public void commitStatus(SignedCommitStatusRequest request, StreamObserver<CommitStatusResponse> response) {
        if (commitStatusHangs) {
            return;
        }
        TxValidationCode code = commitCodes.poll();
        response.onNext(CommitStatusResponse.newBuilder().setResult(code == null ? TxValidationCode.VALID : code)
                .setBlockNumber(1).build());
        response.onCompleted();
    }

    /** Adds a block with these events and sends it to every open stream. */
    void commitBlock(long number, ChaincodeEvent... events) {
        ChaincodeEventsResponse block = ChaincodeEventsResponse.newBuilder().setBlockNumber(number)
                .addAllEvents(List.of(events)).build();
        blocks.add(block);
        listeners.forEach(listener -> listener.send(block));
    }

    /** Serves events as a peer does: from the requested block, after the requested transaction. */
    @Override
    public void chaincodeEvents(SignedChaincodeEventsRequest signed, StreamObserver<ChaincodeEventsResponse> response) {
        ChaincodeEventsRequest request;
        try {
            request = ChaincodeEventsRequest.parseFrom(signed.getRequest());
        } catch (InvalidProtocolBufferException e) {
            response.onError(Status.INVALID_ARGUMENT.asRuntimeException());
            return;
        }
        eventRequests.add(request);
        long start = request.getStartPosition().hasSpecified() ? request.getStartPosition().getSpecified().getNumber() : 0;
        Listener listener = new Listener((ServerCallStreamObserver<ChaincodeEventsResponse>) response, start,
                request.getAfterTransactionId(), dropNextStreamAfterBlocks);
        dropNextStreamAfterBlocks = Integer.MAX_VALUE;
        listeners.add(listener);
        ((ServerCallStreamObserver<ChaincodeEventsResponse>) response).setOnCancelHandler(() -> listeners.remove(listener));
        new ArrayList<>(blocks).forEach(listener::send);
    }

    /** One open event stream. */
    private final class Listener {
        private final ServerCallStreamObserver<ChaincodeEventsResponse> stream;
        private final long start;
        private final int dropAfter;
        private String after;
        private int passed;

        Listener(ServerCallStreamObserver<ChaincodeEventsResponse> stream, long start, String after, int dropAfter) {
            this.stream = stream;
            this.start = start;
            this.after = after;
            this.dropAfter = dropAfter;
        }

        synchronized void send(ChaincodeEventsResponse block) {
            if (block.getBlockNumber() < start || !listeners.contains(this)) {
                return;
            }
            List<ChaincodeEvent> events = new ArrayList<>(block.getEventsList());
            if (block.getBlockNumber() == start && !after.isEmpty()) {
                int index = indexOf(events, after);
                events = events.subList(index + 1, events.size());
            }
            after = "";
            if (!events.isEmpty()) {
                stream.onNext(block.toBuilder().clearEvents().addAllEvents(events).build());
            }
            if (++passed >= dropAfter) {
                listeners.remove(this);
                stream.onError(Status.UNAVAILABLE.withDescription("peer stopped").asRuntimeException());
            }
        }

        private int indexOf(List<ChaincodeEvent> events, String txId) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).getTxId().equals(txId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The endorsed transaction as the Gateway returns it: the chaincode's response inside the envelope. */
    private static Envelope envelope(byte[] payload) {
        ChaincodeAction action = ChaincodeAction.newBuilder()
                .setResponse(Response.newBuilder().setStatus(200).setPayload(ByteString.copyFrom(payload))).build();
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setAction(ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(
                        ProposalResponsePayload.newBuilder().setExtension(action.toByteString()).build().toByteString()))
                .build();
        org.hyperledger.fabric.protos.peer.Transaction transaction = org.hyperledger.fabric.protos.peer.Transaction
                .newBuilder().addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString())).build();
        return Envelope.newBuilder().setPayload(Payload.newBuilder().setData(transaction.toByteString()).build()
                .toByteString()).build();
    }

    static ChaincodeEvent event(String txId, String name, String payload) {
        return ChaincodeEvent.newBuilder().setChaincodeId("greenledger").setTxId(txId).setEventName(name)
                .setPayload(ByteString.copyFromUtf8(payload)).build();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
