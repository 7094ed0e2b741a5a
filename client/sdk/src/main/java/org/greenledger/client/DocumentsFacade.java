package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;

final class DocumentsFacade implements Documents {
    private final Invoker invoker;

    DocumentsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Document register(RegisterDocumentRequest request) {
        return invoker.call(Transaction.REGISTER_DOCUMENT, request);
    }

    @Override
    public List<Document> of(String subjectId) {
        return invoker.call(Transaction.LIST_DOCUMENTS, subjectId);
    }
}
